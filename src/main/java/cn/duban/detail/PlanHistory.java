package cn.duban.detail;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.plan.PlanForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;

/**
 * What only the engine's history holds of a commitment: the implementation plan as each round was submitted, each
 * review's decision and comment, and the explanation of an unfinished commitment — each value as it stood when its
 * task was completed, and by whom.
 */
@Component
class PlanHistory {

    record Round(String kind, String by, String at, Map<String, String> values) {
    }

    private static final List<String> PLAN_FIELDS = List.of(PlanForm.MEASURES, PlanForm.CONTACT_PERSON, PlanForm.CONTACT_PHONE);
    private static final List<String> REVIEW_FIELDS = List.of(Vars.PLAN_DECISION, Vars.PLAN_REVIEW_COMMENT);
    private static final List<String> EXPLANATION_FIELDS = List.of(Vars.OVERDUE_EXPLANATION);

    private final HistoryService history;

    PlanHistory(HistoryService history) {
        this.history = history;
    }

    /** Plan submissions, reviews and the overdue explanation, oldest first. */
    List<Round> rounds(String processInstanceId) {
        List<HistoricVariableUpdate> updates = history.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().orderByTime().asc().list().stream()
                .filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast).toList();
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(CommitmentProcess.TASK_WRITE_PLAN, CommitmentProcess.TASK_REVIEW_PLAN,
                        CommitmentProcess.TASK_EXPLAIN_OVERDUE)
                .finished().list().stream().sorted(Comparator.comparing(HistoricTaskInstance::getEndTime)).toList();
        List<Round> rounds = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            String kind = switch (task.getTaskDefinitionKey()) {
                case CommitmentProcess.TASK_WRITE_PLAN -> "plan";
                case CommitmentProcess.TASK_REVIEW_PLAN -> "review";
                default -> "explanation";
            };
            List<String> fields = switch (kind) {
                case "plan" -> planFields();
                case "review" -> REVIEW_FIELDS;
                default -> EXPLANATION_FIELDS;
            };
            rounds.add(new Round(kind, task.getAssignee(), CommitmentRecords.time(new java.sql.Timestamp(task.getEndTime().getTime())),
                    valuesAt(updates, fields, task.getEndTime())));
        }
        return rounds;
    }

    private static List<String> planFields() {
        List<String> fields = new ArrayList<>(PLAN_FIELDS);
        for (int quarter = 1; quarter <= 4; quarter++) {
            fields.add(PlanForm.plannedValue(quarter));
            fields.add(PlanForm.plannedStatus(quarter));
        }
        return fields;
    }

    /** Each field's last value written at or before {@code at}: what the task was completed with. */
    private static Map<String, String> valuesAt(List<HistoricVariableUpdate> updates, List<String> fields, Date at) {
        Map<String, String> values = new LinkedHashMap<>();
        for (HistoricDetail detail : updates) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            if (!detail.getTime().after(at) && fields.contains(update.getVariableName())) {
                Object value = update.getValue();
                if (value == null) {
                    values.remove(update.getVariableName());
                } else {
                    values.put(update.getVariableName(), value instanceof Double d && d == Math.rint(d)
                            ? String.valueOf(d.longValue()) : value.toString());
                }
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.stream().filter(values::containsKey).forEach(field -> ordered.put(field, values.get(field)));
        return ordered;
    }
}
