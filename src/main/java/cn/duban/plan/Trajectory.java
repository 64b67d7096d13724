package cn.duban.plan;

import cn.duban.ledger.MilestoneStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 序时进度: where a commitment should stand on a given day according to its baseline. Amounts climb linearly
 * between quarter ends from zero at the start of the year; a growth rate is aimed at all year; a status is
 * the one planned for the last quarter end passed.
 */
public final class Trajectory {

    private Trajectory() {
    }

    public static BigDecimal plannedValue(Baseline baseline, boolean growth, LocalDate day) {
        if (growth) {
            return baseline.targetValue();
        }
        int year = baseline.deadline().getYear();
        LocalDate previousEnd = LocalDate.of(year, 1, 1).minusDays(1);
        BigDecimal previousValue = BigDecimal.ZERO;
        for (int quarter = 1; quarter <= Baseline.QUARTERS; quarter++) {
            LocalDate end = Baseline.quarterEnd(year, quarter);
            BigDecimal value = baseline.values().get(quarter - 1);
            if (!day.isAfter(end)) {
                if (!day.isAfter(previousEnd)) {
                    return previousValue;
                }
                long span = ChronoUnit.DAYS.between(previousEnd, end);
                long done = ChronoUnit.DAYS.between(previousEnd, day);
                return previousValue.add(value.subtract(previousValue)
                        .multiply(BigDecimal.valueOf(done)).divide(BigDecimal.valueOf(span), 4, RoundingMode.HALF_UP));
            }
            previousEnd = end;
            previousValue = value;
        }
        return previousValue;
    }

    public static MilestoneStatus plannedStatus(Baseline baseline, LocalDate day) {
        MilestoneStatus planned = MilestoneStatus.NOT_STARTED;
        int year = baseline.deadline().getYear();
        for (int quarter = 1; quarter <= Baseline.QUARTERS; quarter++) {
            if (!day.isBefore(Baseline.quarterEnd(year, quarter))) {
                planned = baseline.statuses().get(quarter - 1);
            }
        }
        return planned;
    }

    /** Actual over planned; 1 means exactly on trajectory. Nothing planned yet counts as on trajectory. */
    public static double ratio(BigDecimal actual, BigDecimal planned) {
        if (planned.signum() <= 0) {
            return 1.0;
        }
        return actual.divide(planned, 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** Statuses compared by rank (未启动 &lt; 推进中 &lt; 已完成), shifted by one so that 未启动 against 推进中 reads 0.5. */
    public static double ratio(MilestoneStatus actual, MilestoneStatus planned) {
        return (actual.ordinal() + 1.0) / (planned.ordinal() + 1.0);
    }
}
