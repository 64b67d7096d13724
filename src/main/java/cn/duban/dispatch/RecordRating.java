package cn.duban.dispatch;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.system.EngineClock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps the DMN's rating with its reason, and decides escalation: red, or yellow twice in a row, while
 * dispatch is still monthly (a task force already drives weekly ones). Green during weekly dispatch
 * ends it: the commitment returns to monthly reporting.
 */
@Component
public class RecordRating implements JavaDelegate {

    private final ProgressReports reports;

    RecordRating(ProgressReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) execution.getVariable(Vars.RATING_RESULT);
        String rating = (String) result.get("rating");
        String reason = (String) result.get("ratingReason");
        String previous = (String) execution.getVariable(Vars.RATING);
        DispatchMode mode = DispatchMode.of(execution.getVariable(Vars.DISPATCH_MODE));
        boolean red = "red".equals(rating);
        boolean yellowAgain = "yellow".equals(rating) && "yellow".equals(previous);
        boolean escalate = mode == DispatchMode.MONTHLY && (red || yellowAgain);

        execution.setVariable(Vars.PREVIOUS_RATING, previous);
        execution.setVariable(Vars.RATING, rating);
        execution.setVariable(Vars.RATING_REASON, reason);
        execution.setVariable(Vars.ESCALATE, escalate);
        if (escalate) {
            execution.setVariable(Vars.ESCALATION_CAUSE, red ? "红灯：" + reason : "连续两期黄灯：" + reason);
        }
        if (mode == DispatchMode.WEEKLY && "green".equals(rating)) {
            execution.setVariable(Vars.DISPATCH_MODE, DispatchMode.MONTHLY.code());
            execution.setVariable(Vars.DISPATCH_MODE_LABEL, DispatchMode.MONTHLY.label());
        }
        reports.addRating((String) execution.getVariable(Vars.COMMITMENT_ID), (String) execution.getVariable(Vars.REPORT_PERIOD),
                EngineClock.now(), rating, reason, previous, ((Number) execution.getVariable(Vars.TRAJECTORY_RATIO)).doubleValue(),
                (Integer) execution.getVariable(Vars.DAYS_OVERDUE), (Integer) execution.getVariable(Vars.DAYS_TO_DEADLINE), escalate);
    }
}
