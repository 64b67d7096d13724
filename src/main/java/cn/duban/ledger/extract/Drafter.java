package cn.duban.ledger.extract;

import cn.duban.ledger.Kind;
import cn.duban.ledger.LedgerEntry;
import cn.duban.ledger.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drafts a ledger from a report: its quantitative targets and its project and qualitative commitments, each with an
 * id, the task area, the deadline, the direction, a proposed lead bureau and leader, and the sentence verbatim.
 */
public final class Drafter {

    private static final int TITLE_LIMIT = 60;
    private static final Pattern STARTS = Pattern.compile("^(加快|全力|积极|尽快)?(启动|开工|筹建|谋划)");

    private final LeadProposer leads;
    private final List<LedgerEntry> ledger;
    /** The ledger's project and qualitative entries: sentence and title as {@link SourceText} compares them. */
    private final List<String[]> ledgerTasks;

    /**
     * @param leads  proposes bureaus and leaders
     * @param ledger the ledger to check the draft against (what it covers and misses), may be empty
     */
    public Drafter(LeadProposer leads, List<LedgerEntry> ledger) {
        this.leads = leads;
        this.ledger = List.copyOf(ledger);
        this.ledgerTasks = ledger.stream().filter(entry -> !entry.kind().hasNumericTarget())
                .map(entry -> new String[] {SourceText.of(entry.source()).text(), SourceText.of(entry.title()).text()}).toList();
    }

    public Draft draft(String report) {
        SourceText source = SourceText.of(report);
        ReportStructure structure = ReportStructure.of(source);
        List<ExtractedTarget> targets = TargetExtractor.extract(structure);
        List<ProposedTask> tasks = CommitmentProposer.propose(structure, targets);
        record Found(int from, Object what) {
        }
        List<Found> found = new ArrayList<>();
        targets.forEach(target -> found.add(new Found(target.from(), target)));
        tasks.forEach(task -> found.add(new Found(task.from(), task)));
        found.sort(Comparator.comparingInt(Found::from));
        Map<String, Integer> sequence = new HashMap<>();
        Map<String, Integer> available = coverable();
        List<DraftEntry> entries = new ArrayList<>();
        int year = structure.year();
        for (Found item : found) {
            TaskSentence sentence = item.what() instanceof ExtractedTarget t ? t.sentence() : ((ProposedTask) item.what()).sentence();
            Section section = sentence.section();
            String id = String.format("%d-%s-%02d", year, section.id(), sequence.merge(section.id(), 1, Integer::sum));
            String verbatim = source.verbatim(sentence.from(), sentence.to());
            if (item.what() instanceof ExtractedTarget target) {
                int clause = sentence.text().lastIndexOf(target.clause(), target.from() - sentence.from());
                // the title as the report writes it, like the sentence
                String title = title(clause < 0 ? target.clause() : source.verbatim(sentence.from() + clause,
                        sentence.from() + clause + target.clause().length()));
                boolean covered = take(available, key(sentence.text(), target.text()));
                entries.add(new DraftEntry(id, section, title, verbatim, Kind.QUANTITATIVE, target.text(),
                        source.verbatim(target.from(), target.to()), target.qualifier(), target.direction(),
                        Deadlines.of(target.clause(), sentence.text(), year), leads.propose(target.clause(), sentence.text()),
                        List.of(), source.originalOffset(target.from()), source.originalEnd(target.to()), covered));
            } else {
                ProposedTask task = (ProposedTask) item.what();
                String title = title(source.verbatim(task.from(), task.to()));
                LocalDate deadline = Deadlines.of(task.title(), sentence.text(), year);
                boolean covered = ledgerTasks.stream().anyMatch(entry -> TaskMatch.same(task, entry[0], entry[1]));
                entries.add(new DraftEntry(id, section, title, verbatim, task.kind(), null,
                        source.verbatim(task.from(), task.to()), "", null, deadline, leads.propose(task.title(), sentence.text()),
                        statusPlan(task.title(), deadline), source.originalOffset(task.from()), source.originalEnd(task.to()), covered));
            }
        }
        int tasksFrom = structure.sentences().isEmpty() ? -1 : source.originalOffset(structure.sentences().get(0).from());
        int tasksTo = structure.sentences().isEmpty() ? -1
                : source.originalEnd(structure.sentences().get(structure.sentences().size() - 1).to());
        return new Draft(year, structure.sections(), List.copyOf(entries), tasksFrom, tasksTo);
    }

    /** The ledger's quantitative entries, counted by sentence and target (a sentence may name one target twice). */
    private Map<String, Integer> coverable() {
        Map<String, Integer> available = new HashMap<>();
        for (LedgerEntry entry : ledger) {
            if (entry.target() != null) {
                available.merge(key(SourceText.of(entry.source()).text(), SourceText.of(entry.target().text()).text()), 1, Integer::sum);
            }
        }
        return available;
    }

    private static boolean take(Map<String, Integer> available, String key) {
        if (available.getOrDefault(key, 0) > 0) {
            available.merge(key, -1, Integer::sum);
            return true;
        }
        return false;
    }

    private static String key(String sentence, String target) {
        return sentence.strip() + '\u0000' + target.strip();
    }

    private static String title(String clause) {
        String title = clause.strip();
        return title.length() <= TITLE_LIMIT ? title : title.substring(0, TITLE_LIMIT);
    }

    /** 推进中 until the deadline's quarter, then 已完成; what starts this year (启动, 开工) has not started in Q1. */
    static List<String> statusPlan(String title, LocalDate deadline) {
        int due = (deadline.getMonthValue() + 2) / 3;
        List<String> plan = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            if (quarter >= due) {
                plan.add("已完成");
            } else if (quarter == 1 && due > 2 && STARTS.matcher(title).find()) {
                plan.add("未启动");
            } else {
                plan.add("推进中");
            }
        }
        return plan;
    }
}
