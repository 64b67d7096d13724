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
 * come from duban's tables. Beside the DMN's code ({@code rating}: green, …) it sets {@code ratingLabel} (绿灯, …), so a
 * supervisor can search instances in Cockpit by the colour's Chinese name.
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
        Rating rating = Rating.of((String) result.get("rating"));
        String reason = (String) result.get("ratingReason");
        Rating previous = reports.lastRating(commitmentId).map(Rating::of).orElse(null);
        ProgressReports.Filed filed = reports.lastFiled(commitmentId).orElseThrow();
        DispatchMode mode = periods.mode(commitmentId);
        boolean red = rating == Rating.RED;
        boolean yellowAgain = rating == Rating.YELLOW && previous == Rating.YELLOW;
        boolean escalate = mode == DispatchMode.MONTHLY && (red || yellowAgain);

        String previousCode = previous == null ? null : previous.code();
        execution.setVariable(Vars.PREVIOUS_RATING, previousCode);
        execution.setVariable(Vars.RATING, rating.code());
        execution.setVariable(Vars.RATING_LABEL, rating.label());
        execution.setVariable(Vars.RATING_REASON, reason);
        execution.setVariable(Vars.ESCALATE, escalate);
        if (escalate) {
            execution.setVariable(Vars.ESCALATION_CAUSE, red ? "红灯：" + reason : "连续两期黄灯：" + reason);
        }
        if (mode == DispatchMode.WEEKLY && rating == Rating.GREEN) {
            periods.setMode(commitmentId, DispatchMode.MONTHLY, EngineClock.now(), "恢复绿灯，转回按月调度");
            execution.setVariable(Vars.DISPATCH_MODE, DispatchMode.MONTHLY.code());
            execution.setVariable(Vars.DISPATCH_MODE_LABEL, DispatchMode.MONTHLY.label());
        }
        int daysToDeadline = (int) ChronoUnit.DAYS.between(EngineClock.today(), state.deadline());
        reports.addRating(commitmentId, filed.period(), EngineClock.now(), rating.code(), reason, previousCode, filed.trajectoryRatio(),
                filed.daysOverdue(), daysToDeadline, escalate, filed.reporter());
    }
}
