package cn.duban.ledger.extract;

import cn.duban.ledger.Kind;
import cn.duban.ledger.Section;
import java.util.List;

/**
 * The draft ledger the assistant proposes for one report.
 *
 * @param year      the year the tasks are for
 * @param sections  the task areas, from the tasks part's own headings
 * @param entries   every proposal in report order: quantitative targets, projects and qualitative tasks
 * @param tasksFrom where the tasks part starts in the original text, -1 when the whole text was read
 * @param tasksTo   where it ends
 */
public record Draft(int year, List<Section> sections, List<DraftEntry> entries, int tasksFrom, int tasksTo) {

    public List<DraftEntry> quantitative() {
        return entries.stream().filter(entry -> entry.kind() == Kind.QUANTITATIVE).toList();
    }

    public List<DraftEntry> qualitative() {
        return entries.stream().filter(entry -> entry.kind() != Kind.QUANTITATIVE).toList();
    }

    /** Only the entries whose ids are given, in draft order (what the 督查室 accepted). */
    public Draft accepting(java.util.Collection<String> ids) {
        return new Draft(year, sections, entries.stream().filter(entry -> ids.contains(entry.id())).toList(), tasksFrom, tasksTo);
    }
}
