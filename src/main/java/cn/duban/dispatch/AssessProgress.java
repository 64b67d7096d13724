package cn.duban.dispatch;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.system.EngineClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the filed report, works out how it stands against the trajectory and how late it was, and prepares
 * the DMN inputs. A report that also asks for an extension or target change raises that request.
 */
@Component
public class AssessProgress implements JavaDelegate {

    private final ProgressAssessment assessment;
    private final ProgressReports reports;

    AssessProgress(ProgressAssessment assessment, ProgressReports reports) {
        this.assessment = assessment;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProgressAssessment.Assessment result = assessment.assess(execution);
        Instant now = EngineClock.now();
        Instant due = ((Date) execution.getVariable(Vars.REPORT_DUE_AT)).toInstant();
        int daysOverdue = now.isAfter(due) ? (int) ((Duration.between(due, now).toHours() + 23) / 24) : 0;
        LocalDate deadline = result.baseline().deadline();
        int daysToDeadline = (int) ChronoUnit.DAYS.between(EngineClock.today(), deadline);
        boolean quantitative = result.baseline().quantitative();
        BigDecimal value = quantitative ? new BigDecimal(execution.getVariable(Vars.CUMULATIVE_VALUE).toString()) : null;
        String status = quantitative ? null : (String) execution.getVariable(Vars.PROGRESS_STATUS);

        reports.add(new ProgressReport((String) execution.getVariable(Vars.COMMITMENT_ID),
                (String) execution.getVariable(Vars.REPORT_PERIOD), LocalDate.parse((String) execution.getVariable(Vars.REPORT_PERIOD_END)),
                DispatchMode.of(execution.getVariable(Vars.DISPATCH_MODE)), due, now, lastReporter(execution), value, status,
                result.plannedValue(), result.plannedStatus() == null ? null : result.plannedStatus().label(),
                result.percentOfTarget(), result.trajectoryRatio(), text(execution, Vars.WORK_DONE), text(execution, Vars.NEXT_STEPS),
                text(execution, Vars.PROBLEMS), text(execution, Vars.DELAY_REASON), text(execution, Vars.CORRECTION_REASON),
                text(execution, Vars.EVIDENCE), daysOverdue, execution.getProcessInstanceId()));

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
        execution.setVariable(Vars.LAST_REPORT_SUMMARY, summary(execution, value, status, result, daysOverdue));
        // the correction reason explains this report only; the next one starts without it
        execution.setVariable(Vars.CORRECTION_REASON, null);
        if (Boolean.TRUE.equals(execution.getVariable(Vars.REQUEST_CHANGE))) {
            execution.setVariable(Vars.REQUEST_CHANGE, false);
            execution.getProcessEngineServices().getRuntimeService()
                    .createMessageCorrelation(CommitmentProcess.MESSAGE_CHANGE_REQUESTED)
                    .processInstanceId(execution.getProcessInstanceId())
                    .correlate();
        }
    }

    private static String summary(DelegateExecution execution, BigDecimal value, String status,
            ProgressAssessment.Assessment result, int daysOverdue) {
        String figure = value != null
                ? "累计完成 " + value.stripTrailingZeros().toPlainString() + (execution.getVariable(Vars.TARGET_UNIT) == null ? "" : " " + execution.getVariable(Vars.TARGET_UNIT))
                        + "（序时进度 " + result.plannedValue().setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "，完成目标 " + result.percentOfTarget() + "%）"
                : "状态：" + status + "（序时要求：" + result.plannedStatus().label() + "）";
        return execution.getVariable(Vars.REPORT_PERIOD) + " " + figure + (daysOverdue > 0 ? "，逾期 " + daysOverdue + " 天报送" : "，按时报送")
                + "。本期工作：" + text(execution, Vars.WORK_DONE);
    }

    private static String lastReporter(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
