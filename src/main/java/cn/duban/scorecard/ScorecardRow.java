package cn.duban.scorecard;

import java.math.BigDecimal;

/** One bureau's line of a scorecard. {@code score} = computed score + adjustment, two decimals, unbounded. */
public record ScorecardRow(BureauFigures figures, BigDecimal computedScore, BigDecimal adjustment, String adjustmentReason,
        String adjustedBy, BigDecimal score, int ranking, Integer previousRanking) {

    public String bureauId() {
        return figures.bureauId();
    }

    ScorecardRow ranked(int newRanking) {
        return new ScorecardRow(figures, computedScore, adjustment, adjustmentReason, adjustedBy, score, newRanking, previousRanking);
    }

    ScorecardRow adjusted(BigDecimal points, String reason, String by) {
        return new ScorecardRow(figures, computedScore, points, reason, by, ScoringFormula.rounded(computedScore.add(points)),
                ranking, previousRanking);
    }

    ScorecardRow withPreviousRanking(Integer previous) {
        return new ScorecardRow(figures, computedScore, adjustment, adjustmentReason, adjustedBy, score, ranking, previous);
    }

    /** Rank change against the previous period: positive when the bureau moved up; null when it was not ranked then. */
    public Integer rankChange() {
        return previousRanking == null ? null : previousRanking - ranking;
    }
}
