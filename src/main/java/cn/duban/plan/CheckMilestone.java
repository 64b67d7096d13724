package cn.duban.plan;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.CommitmentState;
import cn.duban.commitment.CommitmentStates;
import cn.duban.dispatch.DispatchCalendar;
import cn.duban.dispatch.ProgressAssessment;
import cn.duban.dispatch.ProgressReports;
import cn.duban.ledger.MilestoneStatus;
import cn.duban.system.EngineClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After a quarter ends, compares the latest reported figure with the baseline's milestone for that quarter;
 * the model then passes 里程碑达成 or 里程碑未达成, so Cockpit counts both.
 */
@Component
public class CheckMilestone implements JavaDelegate {

    private final ProgressReports reports;
    private final CommitmentStates states;
    private final DispatchCalendar calendar;

    CheckMilestone(ProgressReports reports, CommitmentStates states, DispatchCalendar calendar) {
        this.reports = reports;
        this.states = states;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CommitmentState state = states.of(execution);
        String commitmentId = state.commitmentId();
        int quarter = calendar.quarterDue(state);
        Baseline baseline = state.baselineInForce();
        LocalDate quarterEnd = Baseline.quarterEnd(baseline.deadline().getYear(), quarter);
        var latest = reports.latestUpTo(commitmentId, quarterEnd);
        boolean reached;
        if (baseline.quantitative()) {
            BigDecimal planned = baseline.values().get(quarter - 1);
            BigDecimal actual = latest.map(ProgressReports.Latest::value).orElse(null);
            reached = actual != null && actual.compareTo(planned) >= 0;
            reports.addMilestoneCheck(commitmentId, quarter, EngineClock.now(), planned, actual, null, null, reached);
        } else {
            MilestoneStatus planned = baseline.statuses().get(quarter - 1);
            MilestoneStatus actual = latest.map(ProgressReports.Latest::status).flatMap(ProgressAssessment::status).orElse(null);
            reached = actual != null && actual.compareTo(planned) >= 0;
            reports.addMilestoneCheck(commitmentId, quarter, EngineClock.now(), null, null, planned.label(),
                    actual == null ? null : actual.label(), reached);
        }
        execution.setVariable(Vars.MILESTONE_REACHED, reached);
        execution.setVariable(Vars.MORE_QUARTERS, quarter < Baseline.QUARTERS && quarterEnd.isBefore(baseline.deadline()));
    }
}
