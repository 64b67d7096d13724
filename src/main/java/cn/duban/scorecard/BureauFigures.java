package cn.duban.scorecard;

import java.math.BigDecimal;

/**
 * What a bureau's commitments show for one period, counted in the database.
 *
 * @param reportsMissing reports due in the period and not filed by its end
 * @param overdueDays    days late of the reports due in the period: until filed, or until the period's end if missing
 * @param avgTrajectory  mean of min(ceiling, progress vs 序时进度) over the rated commitments, four decimals; null when
 *                       none is rated yet
 * @param rated          commitments with a rating at the period's end
 */
public record BureauFigures(String bureauId, int commitments, int reportsDue, int reportsOnTime, int reportsMissing,
        int overdueDays, BigDecimal avgTrajectory, int rated, int green, int yellow, int red, int notices, int escalations,
        int closures) {
}
