package cn.duban.simulation;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.dispatch.DispatchMode;
import cn.duban.ledger.MilestoneStatus;
import cn.duban.plan.Baseline;
import cn.duban.plan.Baselines;
import cn.duban.plan.Trajectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Plausible progress reports for a persona: figures relative to the trajectory, texts a bureau would write. */
@Component
class SimulatedReports {

    private final TaskService tasks;
    private final Baselines baselines;
    /** Lagging commitments whose task force has taken over stay on track for the rest of the year. */
    private final java.util.Set<String> recovered = new java.util.HashSet<>();

    SimulatedReports(TaskService tasks, Baselines baselines) {
        this.tasks = tasks;
        this.baselines = baselines;
    }

    Map<String, Object> report(Task task, Persona persona, boolean requestChange) {
        Map<String, Object> vars = tasks.getVariables(task.getId());
        Baseline baseline = baselines.current((String) vars.get(Vars.COMMITMENT_ID)).orElseThrow();
        LocalDate periodEnd = LocalDate.parse((String) vars.get(Vars.REPORT_PERIOD_END));
        if (DispatchMode.of(vars.get(Vars.DISPATCH_MODE)) == DispatchMode.WEEKLY) {
            recovered.add(baseline.commitmentId());
        }
        boolean taskForce = recovered.contains(baseline.commitmentId());
        Map<String, Object> report = new HashMap<>();
        boolean behind;
        if (baseline.quantitative()) {
            boolean growth = "growth".equals(vars.get(Vars.DIRECTION));
            BigDecimal planned = Trajectory.plannedValue(baseline, growth, periodEnd);
            BigDecimal value = planned.multiply(BigDecimal.valueOf(factor(persona, periodEnd, taskForce)));
            if (!growth) {
                value = value.min(baseline.targetValue());
                Object last = vars.get(Vars.LAST_CUMULATIVE_VALUE);
                if (last != null) {
                    value = value.max(new BigDecimal(last.toString()));
                }
            }
            boolean whole = baseline.targetValue().stripTrailingZeros().scale() <= 0 && !growth;
            value = value.setScale(whole ? 0 : 2, whole ? RoundingMode.CEILING : RoundingMode.HALF_UP);
            report.put(Vars.CUMULATIVE_VALUE, value.doubleValue());
            behind = Trajectory.ratio(value, planned) < 1.0;
        } else {
            MilestoneStatus planned = Trajectory.plannedStatus(baseline, periodEnd);
            MilestoneStatus status = status(persona, planned, periodEnd, baseline, taskForce);
            Object last = vars.get(Vars.LAST_PROGRESS_STATUS);
            if (last != null && cn.duban.dispatch.ProgressAssessment.status(last.toString()).orElseThrow().compareTo(status) > 0) {
                status = cn.duban.dispatch.ProgressAssessment.status(last.toString()).orElseThrow();
            }
            report.put(Vars.PROGRESS_STATUS, status.label());
            behind = Trajectory.ratio(status, planned) < 1.0;
        }
        report.put(Vars.WORK_DONE, "召开调度会研究推进措施，完成阶段性工作并形成工作台账");
        report.put(Vars.NEXT_STEPS, "按实施方案继续推进，加强与配合单位的协调");
        report.put(Vars.PROBLEMS, behind ? "部分要素保障需区级层面协调解决" : "");
        report.put(Vars.DELAY_REASON, behind ? "前期手续办理周期较长，进度略有滞后" : null);
        report.put(Vars.EVIDENCE, "工作台账（" + vars.get(Vars.REPORT_PERIOD) + "）");
        report.put(Vars.REQUEST_CHANGE, requestChange);
        if (requestChange) {
            report.put(Vars.CHANGE_NEW_DEADLINE, baseline.deadline().plusMonths(3).toString());
            report.put(Vars.CHANGE_REASON, "受上级审批进度影响，申请将完成时限顺延三个月");
        }
        return report;
    }

    /** Actual over planned: ahead when on track, red early on when lagging until a task force takes over. */
    private static double factor(Persona persona, LocalDate periodEnd, boolean taskForce) {
        return switch (persona) {
            case LAGGING -> taskForce ? 1.05 : periodEnd.getMonthValue() <= 2 ? 0.9 : 0.7;
            case UNFINISHED -> 0.85;
            case EXTENDED -> 0.95;
            default -> 1.1;
        };
    }

    private static MilestoneStatus status(Persona persona, MilestoneStatus planned, LocalDate periodEnd, Baseline baseline,
            boolean taskForce) {
        boolean dueQuarterReached = !periodEnd.isBefore(Baseline.quarterEnd(baseline.deadline().getYear(),
                Baseline.quarterOf(baseline.deadline())).minusMonths(2).withDayOfMonth(1));
        return switch (persona) {
            case LAGGING -> taskForce ? MilestoneStatus.IN_PROGRESS
                    : planned == MilestoneStatus.NOT_STARTED ? MilestoneStatus.NOT_STARTED
                    : periodEnd.getMonthValue() <= 3 ? planned : MilestoneStatus.NOT_STARTED;
            case UNFINISHED, EXTENDED -> MilestoneStatus.IN_PROGRESS;
            default -> dueQuarterReached ? MilestoneStatus.DONE : MilestoneStatus.IN_PROGRESS;
        };
    }
}
