package cn.duban.scorecard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 晾晒成绩单 calendar and formula, from {@code config/scorecard.yaml}; checked when the application starts, every
 * problem named in Chinese with the file and the key.
 *
 * @param cron              Camunda cron of the monthly run (the scorecard covers the month before)
 * @param bottomCount       how many of the lowest-ranked bureaus must explain their results
 * @param taskDueDays       days the review, approval and explanation tasks are due in
 * @param maxAdjustment     largest manual adjustment in points, either way
 * @param trajectoryCeiling highest progress-vs-序时进度 ratio one commitment counts with (at least 1)
 * @param weights           weights of the on-time, trajectory and rating rates; they add up to 1
 * @param points            points for closures, 督办单 and 专班 (per share of the bureau's commitments), missing reports
 *                          (per share of its reports due) and days late (per report due)
 */
@ConfigurationProperties(prefix = ScorecardProperties.PREFIX)
public record ScorecardProperties(String cron, int bottomCount, int taskDueDays, BigDecimal maxAdjustment,
        BigDecimal trajectoryCeiling, Weights weights, Points points) {

    public static final String PREFIX = "duban.scorecard";
    static final String FILE = "config/scorecard.yaml";
    /** Above this the trajectory alone would outweigh every other part of the score. */
    static final BigDecimal HIGHEST_CEILING = BigDecimal.TEN;

    public ScorecardProperties {
        if (cron == null || cron.isBlank() || weights == null || points == null || maxAdjustment == null
                || trajectoryCeiling == null) {
            throw refused("", "须配置 cron、max-adjustment、trajectory-ceiling、weights 和 points");
        }
        if (bottomCount < 0 || taskDueDays < 1 || maxAdjustment.signum() < 0) {
            throw refused("", "bottom-count 和 max-adjustment 不得为负，task-due-days 至少为 1");
        }
        if (trajectoryCeiling.compareTo(BigDecimal.ONE) < 0 || trajectoryCeiling.compareTo(HIGHEST_CEILING) > 0) {
            throw refused("trajectory-ceiling", "须在 1 到 " + HIGHEST_CEILING + " 之间（1 表示超过序时进度不再加分），现为 "
                    + trajectoryCeiling.toPlainString());
        }
    }

    private static IllegalArgumentException refused(String key, String problem) {
        return new IllegalArgumentException(FILE + "：" + PREFIX + (key.isEmpty() ? "" : "." + key) + " " + problem);
    }

    /** Each rate is 0..1 (the trajectory up to the ceiling); weighted, they make the base score of 100 per unit. */
    public record Weights(BigDecimal onTime, BigDecimal trajectory, BigDecimal rating) {

        public Weights {
            Map<String, BigDecimal> named = new LinkedHashMap<>();
            named.put("on-time", onTime);
            named.put("trajectory", trajectory);
            named.put("rating", rating);
            nonNegative("weights", named);
            BigDecimal sum = onTime.add(trajectory).add(rating);
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                throw refused("weights", "三项须非负且合计为 1，现合计为 " + sum.toPlainString());
            }
        }
    }

    /**
     * Points added or deducted. {@code closure}, {@code notice} and {@code escalation} are the points for events
     * concerning every one of the bureau's commitments (one of four commitments earns a quarter of them);
     * {@code missingReport} is for every report due being missing; {@code overdueDay} is per day late on average
     * over the reports due.
     */
    public record Points(BigDecimal closure, BigDecimal notice, BigDecimal escalation, BigDecimal missingReport,
            BigDecimal overdueDay) {

        public Points {
            Map<String, BigDecimal> named = new LinkedHashMap<>();
            named.put("closure", closure);
            named.put("notice", notice);
            named.put("escalation", escalation);
            named.put("missing-report", missingReport);
            named.put("overdue-day", overdueDay);
            nonNegative("points", named);
        }
    }

    private static void nonNegative(String group, Map<String, BigDecimal> values) {
        values.forEach((key, value) -> {
            if (value == null) {
                throw refused(group + "." + key, "未配置");
            }
            if (value.signum() < 0) {
                throw refused(group + "." + key, "不得为负，现为 " + value.toPlainString());
            }
        });
    }
}
