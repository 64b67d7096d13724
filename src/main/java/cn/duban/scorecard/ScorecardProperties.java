package cn.duban.scorecard;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 晾晒成绩单 calendar and formula, from {@code config/scorecard.yaml}.
 *
 * @param cron          Camunda cron of the monthly run (the scorecard covers the month before)
 * @param bottomCount   how many of the lowest-ranked bureaus must explain their results
 * @param taskDueDays   days the review, approval and explanation tasks are due in
 * @param maxAdjustment largest manual adjustment in points, either way
 * @param weights       weights of the on-time, trajectory and rating rates; they add up to 1
 * @param points        points per closure (added) and per notice, escalation, missing report and overdue day (deducted)
 */
@ConfigurationProperties(prefix = ScorecardProperties.PREFIX)
public record ScorecardProperties(String cron, int bottomCount, int taskDueDays, BigDecimal maxAdjustment, Weights weights,
        Points points) {

    public static final String PREFIX = "duban.scorecard";
    static final String FILE = "config/scorecard.yaml";

    public ScorecardProperties {
        if (cron == null || cron.isBlank() || weights == null || points == null || maxAdjustment == null) {
            throw new IllegalArgumentException(FILE + "：duban.scorecard 须配置 cron、max-adjustment、weights 和 points");
        }
        if (bottomCount < 0 || taskDueDays < 1 || maxAdjustment.signum() < 0) {
            throw new IllegalArgumentException(FILE + "：bottom-count 和 max-adjustment 不得为负，task-due-days 至少为 1");
        }
        BigDecimal sum = weights.onTime().add(weights.trajectory()).add(weights.rating());
        if (sum.compareTo(BigDecimal.ONE) != 0 || weights.onTime().signum() < 0 || weights.trajectory().signum() < 0
                || weights.rating().signum() < 0) {
            throw new IllegalArgumentException(FILE + "：duban.scorecard.weights 三项须非负且合计为 1，现合计为 " + sum.toPlainString());
        }
    }

    public record Weights(BigDecimal onTime, BigDecimal trajectory, BigDecimal rating) {
    }

    public record Points(BigDecimal closure, BigDecimal notice, BigDecimal escalation, BigDecimal missingReport,
            BigDecimal overdueDay) {

        public Points {
            for (BigDecimal value : new BigDecimal[] {closure, notice, escalation, missingReport, overdueDay}) {
                if (value == null || value.signum() < 0) {
                    throw new IllegalArgumentException(FILE + "：duban.scorecard.points 各项须配置且不得为负");
                }
            }
        }
    }
}
