package cn.duban.ledger.extract;

import cn.duban.ledger.Direction;
import cn.duban.ledger.Kind;
import cn.duban.ledger.Section;
import java.time.LocalDate;
import java.util.List;

/**
 * One proposed entry of the draft ledger, in the ledger's own fields, plus where it stands in the report.
 *
 * @param id         year-section-sequence, e.g. {@code 2025-02-03}
 * @param source     the whole sentence verbatim as the report writes it
 * @param target     the target as a ledger writes it ({@code 300公里}), {@code null} unless quantitative
 * @param written    the target or clause verbatim as the report writes it ({@code 300余公里}, {@code 兩所})
 * @param qualifier  余, 以上, 左右, 以内, 各 … or empty
 * @param direction  {@code null} unless quantitative
 * @param milestones the status plan Q1..Q4 for project and qualitative entries, empty for quantitative ones
 * @param from       where the proposal starts in the original text (for highlighting)
 * @param to         where it ends (exclusive)
 * @param covered    whether the given ledger already has this entry
 */
public record DraftEntry(String id, Section section, String title, String source, Kind kind, String target,
        String written, String qualifier, Direction direction, LocalDate deadline, ProposedLead lead,
        List<String> milestones, int from, int to, boolean covered) {
}
