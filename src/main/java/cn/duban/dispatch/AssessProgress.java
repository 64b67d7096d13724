package cn.duban.dispatch;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.CommitmentState;
import cn.duban.commitment.CommitmentStates;
import cn.duban.plan.Actors;
import cn.duban.plan.ChangeRequests;
import cn.duban.system.EngineClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the filed report under the instance's own commitment and report period (from duban's tables), works out how
 * it stands against the trajectory and how late it was, and prepares the DMN inputs. A report that also asks for an
 * extension or target change raises that request.
 */
@Component
public class AssessProgress implements JavaDelegate {

    private final ProgressAssessment assessment;
    private final ProgressReports reports;
    private final CommitmentStates states;
    private final ReportPeriods periods;
    private final ChangeRequests changes;

    AssessProgress(ProgressAssessment assessment, ProgressReports reports, CommitmentStates states, ReportPeriods periods,
            ChangeRequests changes) {
        this.assessment = assessment;
        this.reports = reports;
        this.states = states;
        this.periods = periods;
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CommitmentState state = states.of(execution);
        ReportPeriod period = periods.current(execution.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("承诺事项 " + state.commitmentId() + " 没有待填报的报告期"));
        boolean quantitative = state.quantitative();
        BigDecimal value = quantitative ? new BigDecimal(execution.getVariable(Vars.CUMULATIVE_VALUE).toString()) : null;
        String status = quantitative ? null : text(execution, Vars.PROGRESS_STATUS);
        ProgressAssessment.Assessment result = assessment.assess(state, period.periodEnd(), value, status);
        Instant now = EngineClock.now();
        Instant due = period.dueAt();
        int daysOverdue = now.isAfter(due) ? (int) ((Duration.between(due, now).toHours() + 23) / 24) : 0;
        int daysToDeadline = (int) ChronoUnit.DAYS.between(EngineClock.today(), result.baseline().deadline());

        reports.add(new ProgressReport(state.commitmentId(), period.period(), period.periodEnd(), period.mode(), due, now,
                Actors.current(execution), value, status, result.plannedValue(),
                result.plannedStatus() == null ? null : result.plannedStatus().label(), result.percentOfTarget(),
                result.trajectoryRatio(), text(execution, Vars.WORK_DONE), text(execution, Vars.NEXT_STEPS),
                text(execution, Vars.PROBLEMS), text(execution, Vars.DELAY_REASON), text(execution, Vars.CORRECTION_REASON),
                text(execution, Vars.EVIDENCE), daysOverdue, execution.getProcessInstanceId()));
        periods.markFiled(period, now);

        execution.setVariable(Vars.TRAJECTORY_RATIO, result.trajectoryRatio());
        execution.setVariable(Vars.DAYS_OVERDUE, daysOverdue);
        execution.setVariable(Vars.DAYS_TO_DEADLINE, daysToDeadline);
        execution.setVariable(Vars.TARGET_REACHED, result.targetReached());
        // searchable in Cockpit next to the rating: how far along the commitment is
        execution.setVariable(Vars.PROGRESS_PERCENT, quantitative ? result.percentOfTarget().doubleValue()
                : ProgressAssessment.status(status).orElseThrow().ordinal() * 50.0);
        if (quantitative) {
            execution.setVariable(Vars.LAST_CUMULATIVE_VALUE, value.doubleValue());
        } else {
            execution.setVariable(Vars.LAST_PROGRESS_STATUS, status);
        }
        execution.setVariable(Vars.LAST_REPORT_SUMMARY, summary(state, period, value, status, result, daysOverdue,
                text(execution, Vars.WORK_DONE)));
        // the correction reason explains this report only; the next one starts without it
        execution.setVariable(Vars.CORRECTION_REASON, null);
        if (Boolean.TRUE.equals(execution.getVariable(Vars.REQUEST_CHANGE))) {
            String deadline = text(execution, Vars.CHANGE_NEW_DEADLINE);
            String target = quantitative ? text(execution, Vars.CHANGE_NEW_TARGET) : null;
            changes.file(state.commitmentId(), execution.getProcessInstanceId(), deadline == null ? null : LocalDate.parse(deadline),
                    target == null ? null : new BigDecimal(target), text(execution, Vars.CHANGE_REASON), Actors.current(execution), now);
            execution.setVariable(Vars.REQUEST_CHANGE, false);
            execution.getProcessEngineServices().getRuntimeService()
                    .createMessageCorrelation(CommitmentProcess.MESSAGE_CHANGE_REQUESTED)
                    .processInstanceId(execution.getProcessInstanceId())
                    .correlate();
        }
    }

    private static String summary(CommitmentState state, ReportPeriod period, BigDecimal value, String status,
            ProgressAssessment.Assessment result, int daysOverdue, String workDone) {
        String figure = value != null
                ? "累计完成 " + state.amount(value) + "（序时进度 " + state.amount(result.plannedValue())
                        + "，完成目标 " + result.percentOfTarget() + "%）"
                : "状态：" + status + "（序时要求：" + result.plannedStatus().label() + "）";
        return period.period() + " " + figure + (daysOverdue > 0 ? "，逾期 " + daysOverdue + " 天报送" : "，按时报送")
                + "。本期工作：" + workDone;
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
