package cn.duban.scorecard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * score = 100 × (w₁·on-time rate + w₂·trajectory + w₃·rating rate)
 * + closure points × closures ÷ commitments − notice points × 督办单 ÷ commitments − escalation points × 专班 ÷ commitments
 * − missing-report points × missing ÷ reports due − overdue-day points × days late ÷ reports due,
 * rounded to two decimals and not bounded: 100 means every report on time, every commitment green and exactly on
 * 序时进度; being ahead (up to the configured ceiling) and closing commitments score above it. Events count
 * relative to the bureau's size so that one 督办单 weighs more on a bureau leading two commitments than on one
 * leading eleven. A rate with nothing to measure yet (no report due, no commitment rated) counts as 1: no evidence
 * of falling behind.
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
                .add(points.closure().multiply(perCommitment(figures.closures(), figures)))
                .subtract(points.notice().multiply(perCommitment(figures.notices(), figures)))
                .subtract(points.escalation().multiply(perCommitment(figures.escalations(), figures)))
                .subtract(points.missingReport().multiply(perReportDue(figures.reportsMissing(), figures)))
                .subtract(points.overdueDay().multiply(perReportDue(figures.overdueDays(), figures)));
        return rounded(total);
    }

    /** Scores are compared, published and hashed with two decimals. */
    public static BigDecimal rounded(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal onTimeRate(BureauFigures figures) {
        return figures.reportsDue() == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(figures.reportsOnTime()).divide(BigDecimal.valueOf(figures.reportsDue()), PRECISION);
    }

    /** The figure is already the mean of each commitment's capped ratio; capping the mean again guards hand-made figures. */
    BigDecimal trajectory(BureauFigures figures) {
        return figures.rated() == 0 || figures.avgTrajectory() == null ? BigDecimal.ONE
                : figures.avgTrajectory().min(settings.trajectoryCeiling());
    }

    static BigDecimal ratingRate(BureauFigures figures) {
        return figures.rated() == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(figures.green()).add(HALF.multiply(BigDecimal.valueOf(figures.yellow())))
                        .divide(BigDecimal.valueOf(figures.rated()), PRECISION);
    }

    private static BigDecimal perCommitment(int count, BureauFigures figures) {
        return figures.commitments() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(figures.commitments()), PRECISION);
    }

    private static BigDecimal perReportDue(int count, BureauFigures figures) {
        return figures.reportsDue() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(figures.reportsDue()), PRECISION);
    }
}
