package cn.duban.dispatch;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.ledger.MilestoneStatus;
import cn.duban.plan.Baseline;
import cn.duban.plan.Baselines;
import cn.duban.plan.Trajectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Compares a report with the baseline in force: planned to date, ratio to trajectory, share of target, target reached. */
@Component
public class ProgressAssessment {

    private final Baselines baselines;

    ProgressAssessment(Baselines baselines) {
        this.baselines = baselines;
    }

    public Assessment assess(VariableScope report) {
        String commitmentId = (String) report.getVariable(Vars.COMMITMENT_ID);
        Baseline baseline = baselines.current(commitmentId)
                .orElseThrow(() -> new IllegalStateException("承诺事项 " + commitmentId + " 尚无经审核的实施方案基线"));
        LocalDate periodEnd = LocalDate.parse((String) report.getVariable(Vars.REPORT_PERIOD_END));
        if (baseline.quantitative()) {
            boolean growth = "growth".equals(report.getVariable(Vars.DIRECTION));
            BigDecimal actual = new BigDecimal(report.getVariable(Vars.CUMULATIVE_VALUE).toString());
            BigDecimal planned = Trajectory.plannedValue(baseline, growth, periodEnd);
            // a growth rate is only known for the year once the period of the deadline is reported
            boolean reached = growth
                    ? !periodEnd.isBefore(baseline.deadline().withDayOfMonth(1)) && actual.compareTo(baseline.targetValue()) >= 0
                    : actual.compareTo(baseline.targetValue()) >= 0;
            BigDecimal percent = baseline.targetValue().signum() == 0 ? BigDecimal.valueOf(100)
                    : actual.multiply(BigDecimal.valueOf(100)).divide(baseline.targetValue(), 2, RoundingMode.HALF_UP);
            return new Assessment(baseline, planned, null, Trajectory.ratio(actual, planned), reached, percent);
        }
        MilestoneStatus actual = status((String) report.getVariable(Vars.PROGRESS_STATUS)).orElse(MilestoneStatus.NOT_STARTED);
        MilestoneStatus planned = Trajectory.plannedStatus(baseline, periodEnd);
        return new Assessment(baseline, null, planned, Trajectory.ratio(actual, planned), actual == MilestoneStatus.DONE, null);
    }

    public static Optional<MilestoneStatus> status(String label) {
        return MilestoneStatus.fromLabel(label);
    }

    /** How a report stands against the baseline. */
    public record Assessment(Baseline baseline, BigDecimal plannedValue, MilestoneStatus plannedStatus,
            double trajectoryRatio, boolean targetReached, BigDecimal percentOfTarget) {

        public boolean behind() {
            return trajectoryRatio < 1.0;
        }
    }
}
