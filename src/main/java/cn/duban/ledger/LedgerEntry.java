package cn.duban.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * One validated commitment of the ledger (任务分解表).
 *
 * @param target    {@code null} unless the kind is quantitative
 * @param direction {@code null} unless the kind is quantitative
 * @param milestones exactly four quarterly cumulative milestones, defaulted when the ledger gives none
 */
public record LedgerEntry(
        String id,
        int line,
        Section section,
        String title,
        String source,
        Kind kind,
        Target target,
        Direction direction,
        LocalDate deadline,
        String leadBureau,
        List<String> coBureaus,
        String leader,
        boolean taskForce,
        List<Milestone> milestones) {
}
