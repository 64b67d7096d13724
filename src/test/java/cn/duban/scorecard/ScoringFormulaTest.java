package cn.duban.scorecard;

import static cn.duban.scorecard.ScorecardFixtures.SHIPPED;
import static cn.duban.scorecard.ScorecardFixtures.onTrajectory;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.scorecard.ScorecardFixtures.Figures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formula with the shipped weights and points, scored by hand in each test; no Spring, no database. */
class ScoringFormulaTest {

    private final ScoringFormula formula = new ScoringFormula(SHIPPED);

    private String score(Figures figures) {
        return formula.score(figures.f()).toPlainString();
    }

    @Test
    void onTimeAllGreenAndExactlyOnTrajectoryScoresHundred() {
        assertThat(score(onTrajectory(2))).isEqualTo("100.00");
        assertThat(score(onTrajectory(11))).isEqualTo("100.00");
    }

    @Test
    void aheadOfTrajectoryBeatsOnTrajectoryUpToTheCeiling() {
        // 100 × (0.3 + 0.3 × 1.3 + 0.4) = 109; the ceiling of 2 gives at most 100 × (0.3 + 0.6 + 0.4) = 130
        assertThat(score(onTrajectory(2).trajectory("1.3"))).isEqualTo("109.00");
        assertThat(score(onTrajectory(2).trajectory("1.9"))).isEqualTo("127.00");
        assertThat(score(onTrajectory(2).trajectory("2.0"))).isEqualTo("130.00");
        assertThat(score(onTrajectory(2).trajectory("2.9351"))).isEqualTo("130.00");
        assertThat(score(onTrajectory(2).trajectory("0.95"))).isEqualTo("98.50");
    }

    @Test
    void aCeilingOfOneMakesBeingAheadWorthNothingMore() {
        ScoringFormula capped = new ScoringFormula(ScorecardFixtures.settings(BigDecimal.ONE));
        assertThat(capped.score(onTrajectory(2).trajectory("1.5").f())).isEqualByComparingTo("100");
    }

    @Test
    void moreDaysLateScoreLower() {
        // one of four reports late: on time 3/4 → 100 × (0.225 + 0.3 + 0.4) = 92.5, then 1 point per day ÷ 4 reports due
        assertThat(score(onTrajectory(4).late(1, 3))).isEqualTo("91.75");
        assertThat(score(onTrajectory(4).late(1, 10))).isEqualTo("90.00");
        assertThat(score(onTrajectory(4).late(2, 6))).isEqualTo("83.50");
    }

    @Test
    void aMissingReportCostsItsShareOfTheReportsDueAndItsDaysUntilThePeriodsEnd() {
        // on time 1/2 → 85; missing 20 × 1/2; 25 days late at the month's end ÷ 2 reports due
        assertThat(score(onTrajectory(2).missing(1, 25))).isEqualTo("62.50");
    }

    @Test
    void yellowCountsHalfAndRedNothing() {
        assertThat(score(onTrajectory(2).ratings(1, 1, 0))).isEqualTo("90.00");
        assertThat(score(onTrajectory(2).ratings(1, 0, 1))).isEqualTo("80.00");
    }

    @Test
    void closuresCountRelativeToTheBureausCommitments() {
        assertThat(score(onTrajectory(2).closures(1))).isEqualTo("105.00");
        assertThat(score(onTrajectory(10).closures(1))).isEqualTo("101.00");
        assertThat(score(onTrajectory(10).closures(5))).isEqualTo(score(onTrajectory(2).closures(1)));
    }

    @Test
    void aNoticeAndATaskForceWeighMoreOnABureauLeadingFewerCommitments() {
        assertThat(score(onTrajectory(2).notices(1, 0))).isEqualTo("90.00");
        assertThat(score(onTrajectory(10).notices(1, 0))).isEqualTo("98.00");
        assertThat(score(onTrajectory(2).notices(1, 1))).isEqualTo("85.00");
    }

    @Test
    void scoresAreNeitherCappedAtHundredNorFlooredAtZero() {
        // 100 × (0.3 + 0.3 × 1.5 + 0.4) + 10 × 2/2
        assertThat(score(onTrajectory(2).trajectory("1.5").closures(2))).isEqualTo("125.00");
        // a very bad month: 100 × 0.3 × 0.2 − 20 (missing) − 26 (days) − 3 × 20 (督办单) − 2 × 10 (专班), and one 督办单 fewer
        Figures bad = onTrajectory(1).ratings(0, 0, 1).trajectory("0.2").missing(1, 26);
        assertThat(score(bad.notices(3, 2))).isEqualTo("-120.00");
        assertThat(score(bad.notices(2, 2))).isEqualTo("-100.00");
    }

    @Test
    void everyFigureMovesTheScoreBelowZeroAboveHundredAndInBetween() {
        // commitments, due, on time, missing, days late, trajectory, rated, green, yellow, red, 督办单, 专班, closures
        BureauFigures middling = new BureauFigures("x", 6, 8, 4, 2, 30, new BigDecimal("0.8"), 6, 2, 2, 2, 3, 1, 1);
        BureauFigures ahead = new BureauFigures("x", 6, 6, 5, 0, 1, new BigDecimal("1.9"), 6, 4, 1, 1, 1, 1, 3);
        BureauFigures dismal = new BureauFigures("x", 2, 2, 0, 1, 26, new BigDecimal("0.2"), 2, 0, 1, 1, 3, 2, 0);
        assertThat(formula.score(ahead)).isGreaterThan(BigDecimal.valueOf(100));
        assertThat(formula.score(dismal)).isNegative();
        for (BureauFigures f : List.of(middling, ahead, dismal)) {
            List<BureauFigures> variants = List.of(
                    figures(f, f.reportsOnTime() + 1, f.reportsMissing(), f.overdueDays(), f.avgTrajectory(), f.green(), f.yellow(),
                            f.red(), f.notices(), f.escalations(), f.closures()),
                    figures(f, f.reportsOnTime(), f.reportsMissing() + 1, f.overdueDays(), f.avgTrajectory(), f.green(), f.yellow(),
                            f.red(), f.notices(), f.escalations(), f.closures()),
                    figures(f, f.reportsOnTime(), f.reportsMissing(), f.overdueDays() + 1, f.avgTrajectory(), f.green(), f.yellow(),
                            f.red(), f.notices(), f.escalations(), f.closures()),
                    figures(f, f.reportsOnTime(), f.reportsMissing(), f.overdueDays(), f.avgTrajectory().add(new BigDecimal("0.01")),
                            f.green(), f.yellow(), f.red(), f.notices(), f.escalations(), f.closures()),
                    figures(f, f.reportsOnTime(), f.reportsMissing(), f.overdueDays(), f.avgTrajectory(), f.green() + 1,
                            f.yellow() - 1, f.red(), f.notices(), f.escalations(), f.closures()),
                    figures(f, f.reportsOnTime(), f.reportsMissing(), f.overdueDays(), f.avgTrajectory(), f.green(), f.yellow() + 1,
                            f.red() - 1, f.notices(), f.escalations(), f.closures()),
                    figures(f, f.reportsOnTime(), f.reportsMissing(), f.overdueDays(), f.avgTrajectory(), f.green(), f.yellow(),
                            f.red(), f.notices() + 1, f.escalations(), f.closures()),
                    figures(f, f.reportsOnTime(), f.reportsMissing(), f.overdueDays(), f.avgTrajectory(), f.green(), f.yellow(),
                            f.red(), f.notices(), f.escalations() + 1, f.closures()),
                    figures(f, f.reportsOnTime(), f.reportsMissing(), f.overdueDays(), f.avgTrajectory(), f.green(), f.yellow(),
                            f.red(), f.notices(), f.escalations(), f.closures() + 1));
            for (BureauFigures changed : variants) {
                assertThat(formula.score(changed)).as("%s against %s", changed, f).isNotEqualByComparingTo(formula.score(f));
            }
        }
    }

    /** {@code f} with other counts (a yellow turned green, a red turned yellow: as many commitments rated). */
    private static BureauFigures figures(BureauFigures f, int onTime, int missing, int daysLate, BigDecimal trajectory, int green,
            int yellow, int red, int notices, int escalations, int closures) {
        return new BureauFigures(f.bureauId(), f.commitments(), f.reportsDue(), onTime, missing, daysLate, trajectory,
                green + yellow + red, green, yellow, red, notices, escalations, closures);
    }

    @Test
    void aMonthWithNothingDueAndNothingRatedScoresHundredForEveryone() {
        assertThat(score(onTrajectory(1).nothingMeasured())).isEqualTo("100.00");
        assertThat(score(onTrajectory(7).nothingMeasured())).isEqualTo("100.00");
    }
}
