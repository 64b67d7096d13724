package cn.duban.scorecard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * score = 100 × (w₁·on-time rate + w₂·trajectory + w₃·rating rate) + points for closures − points for notices,
 * escalations, missing reports and overdue days, kept within 0..100 and rounded to two decimals. A rate with
 * nothing to measure yet (no report due, no commitment rated) counts as 1: no evidence of falling behind.
 */
@Component
public class ScoringFormula {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final ScorecardProperties settings;

    public ScoringFormula(ScorecardProperties settings) {
        this.settings = settings;
    }

    public BigDecimal score(BureauFigures figures) {
        ScorecardProperties.Weights weights = settings.weights();
        ScorecardProperties.Points points = settings.points();
        BigDecimal base = weights.onTime().multiply(onTimeRate(figures))
                .add(weights.trajectory().multiply(trajectory(figures)))
                .add(weights.rating().multiply(ratingRate(figures)))
                .multiply(HUNDRED);
        BigDecimal total = base
                .add(points.closure().multiply(BigDecimal.valueOf(figures.closures())))
                .subtract(points.notice().multiply(BigDecimal.valueOf(figures.notices())))
                .subtract(points.escalation().multiply(BigDecimal.valueOf(figures.escalations())))
                .subtract(points.missingReport().multiply(BigDecimal.valueOf(figures.reportsMissing())))
                .subtract(points.overdueDay().multiply(BigDecimal.valueOf(figures.overdueDays())));
        return clamp(total);
    }

    /** The computed score plus a manual adjustment, within the same bounds. */
    public static BigDecimal clamp(BigDecimal score) {
        return score.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal onTimeRate(BureauFigures figures) {
        return figures.reportsDue() == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(figures.reportsOnTime()).divide(BigDecimal.valueOf(figures.reportsDue()), PRECISION);
    }

    static BigDecimal trajectory(BureauFigures figures) {
        return figures.rated() == 0 || figures.avgTrajectory() == null ? BigDecimal.ONE : figures.avgTrajectory();
    }

    static BigDecimal ratingRate(BureauFigures figures) {
        return figures.rated() == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(figures.green()).add(HALF.multiply(BigDecimal.valueOf(figures.yellow())))
                        .divide(BigDecimal.valueOf(figures.rated()), PRECISION);
    }
}
