package cn.duban.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The fields of a commitment that the ledger decides, as text, so an entry and its imported record compare field by field. */
record CommitmentSnapshot(Map<String, String> fields) {

    static CommitmentSnapshot of(LedgerEntry entry) {
        return new CommitmentSnapshot(fields(entry.section().id(), entry.title(), entry.source(), entry.kind(),
                entry.target() == null ? null : entry.target().text(), entry.direction(), entry.deadline(),
                entry.leadBureau(), entry.coBureaus(), entry.leader(), entry.taskForce(), entry.milestones()));
    }

    static CommitmentSnapshot of(CommitmentRecord record) {
        return new CommitmentSnapshot(fields(record.getSectionId(), record.getTitle(), record.getSourceSentence(),
                record.getKind(), record.getTargetText(), record.getDirection(), record.getDeadline(),
                record.getLeadBureauId(), record.getCoBureauIds(), record.getLeaderId(), record.isTaskForce(),
                record.getMilestones()));
    }

    /** The names of the fields whose values differ, in ledger order. */
    List<String> differencesFrom(CommitmentSnapshot other) {
        List<String> differences = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (!Objects.equals(value, other.fields.get(name))) {
                differences.add(name);
            }
        });
        return differences;
    }

    private static Map<String, String> fields(String section, String title, String source, Kind kind, String target,
            Direction direction, LocalDate deadline, String lead, Collection<String> co, String leader,
            boolean taskForce, List<Milestone> milestones) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("section", section);
        fields.put("title", title);
        fields.put("source", source);
        fields.put("kind", kind.code());
        fields.put("target", target);
        fields.put("direction", direction == null ? null : direction.code());
        fields.put("deadline", deadline.toString());
        fields.put("lead", lead);
        fields.put("co", co.stream().sorted().collect(Collectors.joining(",")));
        fields.put("leader", leader);
        fields.put("taskForce", Boolean.toString(taskForce));
        fields.put("milestones", milestones.stream().map(Milestone::display).collect(Collectors.joining(",")));
        return fields;
    }
}
