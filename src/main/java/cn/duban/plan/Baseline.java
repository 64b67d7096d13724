package cn.duban.plan;

import cn.duban.ledger.MilestoneStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The approved plan in force: deadline, target and the four quarterly cumulative milestones (values for
 * quantitative commitments, statuses otherwise). Each approval or change is a new version.
 */
public record Baseline(String commitmentId, int version, LocalDate deadline, BigDecimal targetValue,
        List<BigDecimal> values, List<MilestoneStatus> statuses, String reason) {

    public static final int QUARTERS = 4;

    public boolean quantitative() {
        return targetValue != null;
    }

    public static LocalDate quarterEnd(int year, int quarter) {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The same plan aimed at a new target and deadline: quarters already over keep their plan, the rest
     * climb evenly from there to the new target by the new deadline's quarter.
     */
    public Baseline changedTo(LocalDate newDeadline, BigDecimal newTarget, LocalDate today, String why) {
        int year = deadline.getYear();
        int dueQuarter = newDeadline.getYear() > year ? QUARTERS : quarterOf(newDeadline);
        int lastPast = 0;
        while (lastPast < QUARTERS && quarterEnd(year, lastPast + 1).isBefore(today)) {
            lastPast++;
        }
        List<BigDecimal> newValues = null;
        List<MilestoneStatus> newStatuses = null;
        if (quantitative()) {
            newValues = new ArrayList<>(values);
            BigDecimal from = lastPast == 0 ? BigDecimal.ZERO : values.get(lastPast - 1);
            int steps = Math.max(1, dueQuarter - lastPast);
            for (int quarter = lastPast + 1; quarter <= QUARTERS; quarter++) {
                int step = Math.min(quarter - lastPast, steps);
                newValues.set(quarter - 1, from.add(newTarget.subtract(from)
                        .multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(steps), 4, RoundingMode.HALF_UP)));
            }
        } else {
            newStatuses = new ArrayList<>(statuses);
            for (int quarter = lastPast + 1; quarter <= QUARTERS; quarter++) {
                newStatuses.set(quarter - 1, quarter >= dueQuarter ? MilestoneStatus.DONE : MilestoneStatus.IN_PROGRESS);
            }
        }
        return new Baseline(commitmentId, version + 1, newDeadline, quantitative() ? newTarget : null,
                newValues, newStatuses, why);
    }
}
