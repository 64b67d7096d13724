package cn.duban.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quarterly cumulative plan of a commitment: read from the ledger and checked, or a default by kind.
 * A plan may not go backwards, and must reach the target in the quarter of the deadline.
 */
final class MilestonePlan {

    static final String FIELD = "milestones";
    private static final int QUARTERS = 4;

    private MilestonePlan() {
    }

    static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /** The plan of one entry; problems are reported on {@code entry}, and then the result is meaningless. */
    static List<Milestone> of(YamlMap entry, Kind kind, Target target, Direction direction, LocalDate deadline) {
        int dueQuarter = deadline == null ? QUARTERS : quarterOf(deadline);
        List<String> written = entry.texts(FIELD);
        if (written.isEmpty()) {
            return kind.hasNumericTarget() ? defaultValues(target, direction, dueQuarter) : defaultStatuses(dueQuarter);
        }
        if (written.size() != QUARTERS) {
            entry.problem(FIELD, "应有 4 个季度的累计计划（一至四季度末），实际为 " + written.size() + " 个");
            return List.of();
        }
        if (!kind.hasNumericTarget()) {
            return statuses(entry, written, dueQuarter);
        }
        return target == null ? List.of() : values(entry, written, target, direction, dueQuarter);
    }

    private static List<Milestone> values(
            YamlMap entry, List<String> written, Target target, Direction direction, int dueQuarter) {
        List<Milestone> plan = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        for (int quarter = 1; quarter <= QUARTERS; quarter++) {
            Optional<BigDecimal> parsed = number(written.get(quarter - 1));
            if (parsed.isEmpty()) {
                entry.problem(FIELD, "第" + quarter + "季度的计划“" + written.get(quarter - 1) + "”不是数字");
                return List.of();
            }
            BigDecimal value = parsed.get().multiply(target.multiplier()).stripTrailingZeros();
            if (direction == Direction.AT_LEAST) {
                if (value.signum() < 0) {
                    entry.problem(FIELD, "第" + quarter + "季度的计划不能为负数");
                } else if (value.compareTo(previous) < 0) {
                    entry.problem(FIELD, "第" + quarter + "季度的累计计划（" + written.get(quarter - 1)
                            + "）小于上一季度，累计计划不能下降");
                } else if (value.compareTo(target.value()) > 0) {
                    entry.problem(FIELD, "第" + quarter + "季度的累计计划（" + written.get(quarter - 1)
                            + "）超过了目标值 " + target.text());
                } else if (quarter >= dueQuarter && value.compareTo(target.value()) != 0) {
                    entry.problem(FIELD, "截止日期在第" + dueQuarter + "季度，第" + quarter
                            + "季度的累计计划应等于目标值 " + target.text());
                }
                previous = value;
            }
            plan.add(Milestone.ofValue(quarter, value));
        }
        return plan;
    }

    private static List<Milestone> statuses(YamlMap entry, List<String> written, int dueQuarter) {
        List<Milestone> plan = new ArrayList<>();
        MilestoneStatus previous = MilestoneStatus.NOT_STARTED;
        for (int quarter = 1; quarter <= QUARTERS; quarter++) {
            String label = written.get(quarter - 1);
            Optional<MilestoneStatus> status = MilestoneStatus.fromLabel(label);
            if (status.isEmpty()) {
                entry.problem(FIELD, "第" + quarter + "季度的状态“" + label + "”无效（应为 未启动、推进中 或 已完成）");
                return List.of();
            }
            if (status.get().compareTo(previous) < 0) {
                entry.problem(FIELD, "第" + quarter + "季度的状态“" + label + "”比上一季度倒退");
            } else if (quarter >= dueQuarter && status.get() != MilestoneStatus.DONE) {
                entry.problem(FIELD, "截止日期在第" + dueQuarter + "季度，第" + quarter + "季度的状态应为“已完成”");
            }
            previous = status.get();
            plan.add(Milestone.ofStatus(quarter, status.get()));
        }
        return plan;
    }

    /** Growth rates are year-to-date, so every quarter aims at the annual rate; amounts grow evenly to the deadline. */
    private static List<Milestone> defaultValues(Target target, Direction direction, int dueQuarter) {
        if (target == null) {
            return List.of();
        }
        List<Milestone> plan = new ArrayList<>();
        boolean whole = target.value().stripTrailingZeros().scale() <= 0;
        for (int quarter = 1; quarter <= QUARTERS; quarter++) {
            BigDecimal value = target.value();
            if (direction == Direction.AT_LEAST && quarter < dueQuarter) {
                BigDecimal share = target.value().multiply(BigDecimal.valueOf(quarter));
                value = whole
                        ? share.divide(BigDecimal.valueOf(dueQuarter), 0, RoundingMode.CEILING)
                        : share.divide(BigDecimal.valueOf(dueQuarter), 2, RoundingMode.HALF_UP);
            }
            plan.add(Milestone.ofValue(quarter, value.stripTrailingZeros()));
        }
        return plan;
    }

    private static List<Milestone> defaultStatuses(int dueQuarter) {
        List<Milestone> plan = new ArrayList<>();
        for (int quarter = 1; quarter <= QUARTERS; quarter++) {
            plan.add(Milestone.ofStatus(quarter, quarter < dueQuarter ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.DONE));
        }
        return plan;
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
