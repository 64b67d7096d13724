package cn.duban.dispatch;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.CommitmentStates;
import cn.duban.system.EngineClock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps the DMN's rating with its reason, and decides escalation: red, or yellow twice in a row, while
 * dispatch is still monthly (a task force already drives weekly ones). Green during weekly dispatch
 * ends it: the commitment returns to monthly reporting. The previous rating, the dispatch mode and the report rated
 * come from duban's tables.
 */
@Component
public class RecordRating implements JavaDelegate {

    private final ProgressReports reports;
    private final ReportPeriods periods;
    private final CommitmentStates states;

    RecordRating(ProgressReports reports, ReportPeriods periods, CommitmentStates states) {
        this.reports = reports;
        this.periods = periods;
        this.states = states;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var state = states.of(execution);
        String commitmentId = state.commitmentId();
        // the decision's result, written by the engine in this same transaction
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) execution.getVariable(Vars.RATING_RESULT);
        String rating = (String) result.get("rating");
        String reason = (String) result.get("ratingReason");
        String previous = reports.lastRating(commitmentId).orElse(null);
        ProgressReports.Filed filed = reports.lastFiled(commitmentId).orElseThrow();
        DispatchMode mode = periods.mode(commitmentId);
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
            periods.setMode(commitmentId, DispatchMode.MONTHLY, EngineClock.now(), "恢复绿灯，转回按月调度");
            execution.setVariable(Vars.DISPATCH_MODE, DispatchMode.MONTHLY.code());
            execution.setVariable(Vars.DISPATCH_MODE_LABEL, DispatchMode.MONTHLY.label());
        }
        int daysToDeadline = (int) ChronoUnit.DAYS.between(EngineClock.today(), state.deadline());
        reports.addRating(commitmentId, filed.period(), EngineClock.now(), rating, reason, previous, filed.trajectoryRatio(),
                filed.daysOverdue(), daysToDeadline, escalate, filed.reporter());
    }
}
