package cn.duban.nodes;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.FormView;
import cn.duban.ledger.MilestoneStatus;
import cn.duban.plan.PlanForm;
import cn.duban.scorecard.ScorecardProcess;
import cn.duban.simulation.StandardAnswers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the driver's people enter in each task, and when they get round to it. Decisions depend only on the task,
 * its commitment's persona and what was decided before, never on wall time, so two plays of the same ledger
 * (one with crashes, one without) reach the same end.
 */
final class TaskWork {

    private static final String LEADERS = "quldaoban";
    private static final String DISTRICT_HEAD = "ldquzhang";

    private final Map<String, Persona> personas;
    private final Set<String> decided = new HashSet<>();

    TaskWork(Map<String, Persona> personas) {
        this.personas = personas;
    }

    Persona persona(String commitmentId) {
        return personas.getOrDefault(commitmentId, Persona.ON_TRACK);
    }

    /** When the task is worked: two days after it was created, a day for scorecards; a late reporter's first late report after sixteen. */
    LocalDateTime workTime(OpenTask task) {
        if (task.definitionKey().startsWith("Task_") && isScorecard(task)) {
            return task.created().plus(Duration.ofDays(1));
        }
        if (lateReport(task)) {
            return task.created().plus(Duration.ofDays(16));
        }
        return task.created().plus(Duration.ofDays(2));
    }

    /** Never, for a task the driver does not know: the test then fails naming it. */
    private boolean lateReport(OpenTask task) {
        return CommitmentProcess.TASK_FILE_PROGRESS.equals(task.definitionKey())
                && persona(task.businessKey()) == Persona.LATE_REPORTER && task.name().startsWith("进度月报（2024-03）");
    }

    private static boolean isScorecard(OpenTask task) {
        return List.of(ScorecardProcess.TASK_REVIEW, ScorecardProcess.TASK_APPROVE, ScorecardProcess.TASK_EXPLAIN)
                .contains(task.definitionKey());
    }

    /** Who works it: the lead bureau if offered to it, else 督查室, else the first group it is offered to. */
    String actor(OpenTask task, String leadBureau) {
        List<String> groups = task.candidateGroups();
        if (leadBureau != null && groups.contains(leadBureau)) {
            return Staff.personOf(leadBureau);
        }
        if (groups.contains(CommitmentProcess.SUPERVISION_OFFICE)) {
            return Staff.personOf(CommitmentProcess.SUPERVISION_OFFICE);
        }
        if (groups.contains(LEADERS)) {
            // the leaders' group has no demo user of its own: the district head approves, as in the demo year
            return Staff.personOf(DISTRICT_HEAD);
        }
        if (groups.isEmpty()) {
            throw new IllegalStateException("任务 " + task + " 没有候选组");
        }
        return Staff.personOf(groups.get(0));
    }

    boolean needsEvidence(OpenTask task) {
        return CommitmentProcess.TASK_APPLY_CLOSURE.equals(task.definitionKey());
    }

    /** The form's values; {@code variables} are the task's variables as its worker reads them. */
    Map<String, Object> values(OpenTask task, JsonNode variables, LocalDateTime now) {
        String id = task.businessKey();
        Persona persona = persona(id);
        Map<String, Object> values = new HashMap<>();
        switch (task.definitionKey()) {
            case CommitmentProcess.TASK_WRITE_PLAN -> {
                values.put(PlanForm.MEASURES, "一、细化任务分解和责任分工；二、建立月度调度台账；三、协调解决要素保障问题");
                values.put(PlanForm.CONTACT_PERSON, "经办人");
                values.put(PlanForm.CONTACT_PHONE, "022-24390000");
            }
            case CommitmentProcess.TASK_REVIEW_PLAN -> {
                boolean returnIt = persona == Persona.RETURNED && firstTime(id + ":plan", task);
                values.put(Vars.PLAN_DECISION, returnIt ? "return" : "approve");
                values.put(Vars.PLAN_REVIEW_COMMENT, returnIt ? "季度计划需结合项目储备细化，请修改后重报" : "同意");
            }
            case CommitmentProcess.TASK_FILE_PROGRESS -> values.putAll(report(persona, variables));
            case CommitmentProcess.TASK_ISSUE_NOTICE -> values.putAll(StandardAnswers.supervisionNotice(now.toLocalDate()));
            case CommitmentProcess.TASK_CORRECTIVE_PLAN -> values.putAll(StandardAnswers.correctivePlan());
            case CommitmentProcess.TASK_REVIEW_CHANGE -> values.putAll(StandardAnswers.changeReview());
            case CommitmentProcess.TASK_APPROVE_CHANGE -> values.putAll(StandardAnswers.changeApproval());
            case CommitmentProcess.TASK_APPLY_CLOSURE -> values.putAll(StandardAnswers.closureApplication());
            case CommitmentProcess.TASK_VERIFY_CLOSURE -> {
                boolean returnIt = persona == Persona.RETURNED && firstTime(id + ":closure", task);
                values.put(Vars.CLOSURE_DECISION, returnIt ? "return" : "approve");
                values.put(Vars.CLOSURE_COMMENT, returnIt ? "佐证材料不全，请补充盖章文件" : "核验通过");
            }
            case CommitmentProcess.TASK_EXPLAIN_OVERDUE ->
                    values.put(Vars.OVERDUE_EXPLANATION, "受要素保障和市场因素影响未能按期完成，已纳入下年度继续推进");
            case ScorecardProcess.TASK_REVIEW -> {
                boolean nothingMeasured = variables.path(ScorecardProcess.Vars.NOTHING_MEASURED).path("value").asBoolean(false);
                values.put(ScorecardProcess.Vars.REVIEW_DECISION, nothingMeasured ? "discard" : "submit");
                values.put(ScorecardProcess.Vars.REVIEW_COMMENT, nothingMeasured ? "本月尚无应报送事项，不予晾晒" : "已核对各单位数据，提请审批");
                values.put(ScorecardProcess.Vars.ADJUSTMENTS, "");
            }
            case ScorecardProcess.TASK_APPROVE -> {
                values.put(ScorecardProcess.Vars.APPROVAL_DECISION, "approve");
                values.put(ScorecardProcess.Vars.APPROVAL_COMMENT, "同意发布");
            }
            case ScorecardProcess.TASK_EXPLAIN -> {
                values.put(ScorecardProcess.Vars.EXPLANATION, "本期部分事项受季节性因素和审批周期影响，进度报送和推进节奏有所滞后");
                values.put(ScorecardProcess.Vars.MEASURES, "建立周调度机制，明确专人负责数据报送，下月前补齐短板");
            }
            default -> throw new IllegalStateException("驱动程序不认识任务 " + task);
        }
        return values;
    }

    /**
     * True the first time this decision is taken. Keyed by the task, so working a task again after a crash (its
     * completion unanswered) decides as before.
     */
    private boolean firstTime(String decision, OpenTask task) {
        if (decided.contains(decision + "@" + task.id())) {
            return true;
        }
        if (decided.stream().anyMatch(key -> key.startsWith(decision + "@"))) {
            return false;
        }
        decided.add(decision + "@" + task.id());
        return true;
    }

    private static Map<String, Object> report(Persona persona, JsonNode variables) {
        Map<String, Object> report = new HashMap<>();
        boolean taskForce = "weekly".equalsIgnoreCase(text(variables, Vars.DISPATCH_MODE));
        if (!variables.path(FormView.PLANNED_VALUE).isMissingNode()) {
            double factor = persona == Persona.LAGGING && !taskForce ? 0.7 : 1.1;
            BigDecimal planned = new BigDecimal(variables.path(FormView.PLANNED_VALUE).path("value").asText());
            BigDecimal target = new BigDecimal(variables.path(FormView.TARGET_VALUE).path("value").asText());
            BigDecimal value = planned.multiply(BigDecimal.valueOf(factor));
            if (!"growth".equals(text(variables, Vars.DIRECTION))) {
                value = value.min(target);
                String last = text(variables, Vars.LAST_CUMULATIVE_VALUE);
                if (last != null) {
                    value = value.max(new BigDecimal(last));
                }
                value = value.setScale(0, RoundingMode.CEILING);
            }
            report.put(Vars.CUMULATIVE_VALUE, value.setScale(2, RoundingMode.HALF_UP).doubleValue());
        } else {
            MilestoneStatus planned = MilestoneStatus.fromLabel(text(variables, FormView.PLANNED_TEXT)).orElse(MilestoneStatus.NOT_STARTED);
            MilestoneStatus status = persona == Persona.LAGGING && !taskForce ? MilestoneStatus.NOT_STARTED : planned;
            MilestoneStatus last = MilestoneStatus.fromLabel(text(variables, Vars.LAST_PROGRESS_STATUS)).orElse(MilestoneStatus.NOT_STARTED);
            report.put(Vars.PROGRESS_STATUS, (last.compareTo(status) > 0 ? last : status).label());
        }
        report.put(Vars.WORK_DONE, "召开调度会研究推进措施，完成阶段性工作并形成工作台账");
        report.put(Vars.NEXT_STEPS, "按实施方案继续推进，加强与配合单位的协调");
        report.put(Vars.PROBLEMS, persona == Persona.LAGGING ? "部分要素保障需区级层面协调解决" : "");
        report.put(Vars.DELAY_REASON, "前期手续办理周期较长，进度略有滞后");
        report.put(Vars.EVIDENCE, "工作台账");
        report.put(Vars.REQUEST_CHANGE, false);
        return report;
    }

    private static String text(JsonNode variables, String name) {
        JsonNode value = variables.path(name).path("value");
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** An open task as the driver sees it in the database. */
    record OpenTask(String id, String definitionKey, String name, LocalDateTime created, String assignee, String businessKey,
            List<String> candidateGroups) {
    }
}
