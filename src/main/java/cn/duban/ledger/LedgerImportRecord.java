package cn.duban.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of the ledger: who, when, which file content, and what it changed. */
@Entity
@Table(name = "ledger_import")
public class LedgerImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "ledger_file", nullable = false)
    private String ledgerFile;

    @Column(name = "ledger_sha256", nullable = false)
    private String ledgerSha256;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int conflicts;

    @Column(nullable = false)
    private int removed;

    protected LedgerImportRecord() {
    }

    LedgerImportRecord(Instant importedAt, String actor, Ledger ledger, ImportReport report) {
        this.importedAt = importedAt;
        this.actor = actor;
        this.ledgerFile = ledger.ledgerFile();
        this.ledgerSha256 = ledger.sha256();
        this.created = report.created().size();
        this.unchanged = report.unchanged();
        this.conflicts = report.changed().size();
        this.removed = report.removed().size();
    }

    public String getActor() {
        return actor;
    }

    public String getLedgerSha256() {
        return ledgerSha256;
    }

    public int getCreated() {
        return created;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getConflicts() {
        return conflicts;
    }
}
