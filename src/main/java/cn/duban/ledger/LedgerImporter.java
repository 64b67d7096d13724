package cn.duban.ledger;

import cn.duban.commitment.CommitmentStarter;
import cn.duban.standing.CommitmentStandings;
import cn.duban.system.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the ledger into duban's tables and starts one {@code commitment} process per new entry, all in one
 * transaction that the engine joins: a failure anywhere leaves nothing behind. Re-importing the same ledger
 * changes nothing.
 */
@Service
public class LedgerImporter {

    private static final Logger log = LoggerFactory.getLogger(LedgerImporter.class);

    private final LedgerProperties files;
    private final BureauRepository bureaus;
    private final LeaderRepository leaders;
    private final CommitmentRepository commitments;
    private final LedgerImportRepository imports;
    private final CommitmentStarter starter;
    private final CustomPlans plans;
    private final CommitmentStandings standings;

    LedgerImporter(LedgerProperties files, BureauRepository bureaus, LeaderRepository leaders,
            CommitmentRepository commitments, LedgerImportRepository imports, CommitmentStarter starter,
            CustomPlans plans, CommitmentStandings standings) {
        this.files = files;
        this.bureaus = bureaus;
        this.leaders = leaders;
        this.commitments = commitments;
        this.imports = imports;
        this.starter = starter;
        this.plans = plans;
        this.standings = standings;
    }

    /**
     * Reads, validates and imports the configured ledger files.
     *
     * @param actor who asked for the import, recorded with it
     * @throws LedgerValidationException when any file is invalid; nothing is imported then
     */
    @Transactional
    public ImportReport importConfiguredLedger(String actor) {
        return importLedger(LedgerReader.read(files), actor);
    }

    @Transactional
    public ImportReport importLedger(Ledger ledger, String actor) {
        plans.forThisTransaction();
        Instant now = EngineClock.now();
        saveBureaus(ledger);
        saveLeaders(ledger);

        Map<String, CommitmentRecord> imported = commitments.findAll().stream()
                .collect(Collectors.toMap(CommitmentRecord::getId, Function.identity()));
        List<String> created = new ArrayList<>();
        List<ImportReport.ChangedEntry> changed = new ArrayList<>();
        int unchanged = 0;
        Set<String> inLedger = new HashSet<>();
        for (LedgerEntry entry : ledger.entries()) {
            inLedger.add(entry.id());
            CommitmentRecord existing = imported.get(entry.id());
            if (existing == null) {
                // saved first: the model reads the lead bureau and leader from it while the instance starts
                CommitmentRecord record = commitments.save(new CommitmentRecord(entry, now));
                standings.create(entry.id(), entry.deadline(), entry.taskForce());
                record.runsAs(starter.start(entry, ledger));
                created.add(entry.id());
                continue;
            }
            List<String> differences = CommitmentSnapshot.of(entry).differencesFrom(CommitmentSnapshot.of(existing));
            if (differences.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new ImportReport.ChangedEntry(entry.id(), differences));
            }
        }
        List<String> removed = imported.keySet().stream().filter(id -> !inLedger.contains(id)).sorted().toList();
        ImportReport report = new ImportReport(List.copyOf(created), unchanged, List.copyOf(changed), removed);
        imports.save(new LedgerImportRecord(now, actor, ledger, report));
        log.info("{}（操作人：{}，台账 {}，SHA-256 {}）", report.summary(), actor, ledger.ledgerFile(), ledger.sha256());
        return report;
    }

    private void saveBureaus(Ledger ledger) {
        for (Bureau bureau : ledger.bureaus()) {
            BureauRecord record = bureaus.findById(bureau.id()).orElseGet(() -> new BureauRecord(bureau.id()));
            record.update(bureau);
            bureaus.save(record);
        }
    }

    private void saveLeaders(Ledger ledger) {
        for (Leader leader : ledger.leaders()) {
            LeaderRecord record = leaders.findById(leader.id()).orElseGet(() -> new LeaderRecord(leader.id()));
            record.update(leader);
            leaders.save(record);
        }
    }
}
