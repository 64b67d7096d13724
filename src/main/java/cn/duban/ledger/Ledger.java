package cn.duban.ledger;

import java.util.List;

/** The validated ledger files: everything an import needs, nothing half-checked. */
public record Ledger(
        int year,
        String ledgerFile,
        String sha256,
        List<Section> sections,
        List<Bureau> bureaus,
        List<Leader> leaders,
        List<LedgerEntry> entries) {
}
