package cn.duban.ledger.extract;

import cn.duban.ledger.Ledger;
import cn.duban.ledger.LedgerEntry;
import cn.duban.ledger.LedgerReader;
import cn.duban.ledger.LedgerValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code extract <report> [--ledger=…] [--previous-ledger=…] [--format=yaml|xlsx] [--out=…]}: drafts a ledger from
 * a report and prints what it found. With {@code --ledger} (default: the configured ledger when it is for the
 * report's year) it prints only what that ledger misses and says what it covers. Touches no database.
 */
public final class ExtractCommand {

    static final String USAGE = "用法：extract <报告文本.txt> [--ledger=台账.yaml] [--previous-ledger=上年台账.yaml] "
            + "[--format=yaml|xlsx] [--out=草稿.xlsx] [--config-dir=config]";

    private ExtractCommand() {
    }

    /**
     * @param defaultLedger the configured ledger, also the default previous year's ledger
     * @param bureaus       the bureau list the ledgers refer to
     * @param leaders       the leader list
     */
    public static int run(String[] args, Path defaultLedger, Path bureaus, Path leaders, PrintStream out, PrintStream err) {
        List<String> files = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        String format = option(args, "--format=", "yaml");
        if (files.size() != 1 || !List.of("yaml", "xlsx").contains(format)) {
            err.println(USAGE);
            return 2;
        }
        Path report = Path.of(files.get(0));
        String text;
        try {
            text = ReportUpload.text(Files.readAllBytes(report), report.getFileName().toString());
        } catch (IOException e) {
            err.println("报告文本文件不存在或无法读取：" + report);
            return 1;
        } catch (ReportUpload.Rejected e) {
            err.println(e.getMessage());
            return 1;
        }
        List<LedgerEntry> previous;
        Ledger checked = null;
        Map<String, String> names = new HashMap<>();
        try {
            String ledgerOption = option(args, "--ledger=", null);
            String previousOption = option(args, "--previous-ledger=", null);
            previous = List.of();
            if (previousOption != null) {
                previous = read(Path.of(previousOption), bureaus, leaders, names).entries();
            } else {
                // by default the ledger checked against, else the configured one; only proposals depend on it
                Path fallback = ledgerOption != null ? Path.of(ledgerOption) : defaultLedger;
                try {
                    previous = Files.isRegularFile(fallback) ? read(fallback, bureaus, leaders, names).entries() : List.of();
                } catch (LedgerValidationException e) {
                    err.println("上年台账 " + fallback + " 无法读取，不据此建议牵头单位：" + e.getMessage());
                }
            }
            if (ledgerOption != null) {
                if (!Files.isRegularFile(Path.of(ledgerOption))) {
                    err.println("未找到台账 " + ledgerOption);
                    return 1;
                }
                checked = read(Path.of(ledgerOption), bureaus, leaders, names);
            } else if (Files.isRegularFile(defaultLedger)) {
                checked = read(defaultLedger, bureaus, leaders, names);
            }
        } catch (LedgerValidationException e) {
            err.println(e.getMessage());
            return 1;
        }
        DraftingKeywords keywords = DraftingKeywords.load(Path.of(option(args, "--config-dir=",
                defaultLedger.toAbsolutePath().getParent() == null ? "config" : defaultLedger.toAbsolutePath().getParent().toString())));
        Draft draft = new Drafter(new LeadProposer(previous, keywords), List.of()).draft(text);
        // the configured ledger checks a report of its own year only; one given explicitly is always checked
        boolean against = checked != null && (ledgerOption(args) || checked.year() == draft.year());
        if (against) {
            draft = new Drafter(new LeadProposer(previous, keywords), checked.entries()).draft(text);
        }
        List<DraftEntry> shown = against ? draft.entries().stream().filter(entry -> !entry.covered()).toList() : draft.entries();
        String summary = DraftSummary.of(draft, against);
        if (format.equals("xlsx")) {
            Path target = Path.of(option(args, "--out=", "draft-" + draft.year() + ".xlsx"));
            try (OutputStream file = Files.newOutputStream(target)) {
                DraftWorkbook.write(draft, shown, summary, names, file);
            } catch (IOException e) {
                err.println("无法写入 " + target + "：" + e.getMessage());
                return 1;
            }
            out.println("台账草稿已写入 " + target.toAbsolutePath().normalize() + "（" + shown.size() + " 条）");
            out.println(summary);
        } else {
            out.print(DraftYamlWriter.write(draft, shown, summary));
        }
        return 0;
    }

    private static boolean ledgerOption(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--ledger="));
    }

    private static Ledger read(Path ledger, Path bureaus, Path leaders, Map<String, String> names) {
        Ledger read = LedgerReader.read(ledger, bureaus, leaders);
        read.bureaus().forEach(bureau -> names.put(bureau.id(), bureau.shortName()));
        read.leaders().forEach(leader -> names.put(leader.id(), leader.title()));
        return read;
    }

    private static String option(String[] args, String prefix, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(fallback);
    }
}
