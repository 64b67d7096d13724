package cn.duban.dispatch;

import cn.duban.commitment.CommitmentState;
import cn.duban.ledger.MilestoneStatus;
import cn.duban.plan.Baseline;
import cn.duban.plan.Trajectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Compares a report with the baseline in force: planned to date, ratio to trajectory, share of target, target reached. */
@Component
public class ProgressAssessment {

    /**
     * How a reported figure (a cumulative value, or a status label for projects and qualitative tasks) stands for the
     * period ending {@code periodEnd}, against the baseline in force.
     */
    public Assessment assess(CommitmentState state, LocalDate periodEnd, BigDecimal actual, String actualStatus) {
        Baseline baseline = state.baselineInForce();
        if (baseline.quantitative()) {
            boolean growth = state.growth();
            BigDecimal planned = Trajectory.plannedValue(baseline, growth, periodEnd);
            // a growth rate is only known for the year once the period of the deadline is reported
            boolean ceiling = state.ceiling();
            boolean withinTarget = ceiling ? actual.compareTo(baseline.targetValue()) <= 0
                    : actual.compareTo(baseline.targetValue()) >= 0;
            boolean reached = growth
                    ? !periodEnd.isBefore(baseline.deadline().withDayOfMonth(1)) && withinTarget
                    : withinTarget;
            BigDecimal percent = baseline.targetValue().signum() == 0 ? BigDecimal.valueOf(100)
                    : actual.multiply(BigDecimal.valueOf(100)).divide(baseline.targetValue(), 2, RoundingMode.HALF_UP);
            // under a ceiling a figure at or below the plan is on track; above it, behind by how far it exceeds
            double ratio = !ceiling ? Trajectory.ratio(actual, planned)
                    : actual.compareTo(planned) <= 0 ? 1.0 : Trajectory.ratio(planned, actual);
            return new Assessment(baseline, planned, null, ratio, reached, percent);
        }
        MilestoneStatus reported = status(actualStatus).orElse(MilestoneStatus.NOT_STARTED);
        MilestoneStatus planned = Trajectory.plannedStatus(baseline, periodEnd);
        return new Assessment(baseline, null, planned, Trajectory.ratio(reported, planned), reported == MilestoneStatus.DONE, null);
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
