package cn.duban.scorecard;

import java.math.BigDecimal;

/** Settings and bureau figures for the formula's unit tests, named for what each variant is for. */
final class ScorecardFixtures {

    /** The shipped config/scorecard.yaml, written out so a change to the file does not silently change the tests. */
    static final ScorecardProperties SHIPPED = settings(new BigDecimal("2.0"));

    private ScorecardFixtures() {
    }

    static ScorecardProperties settings(BigDecimal trajectoryCeiling) {
        return new ScorecardProperties("0 0 9 6 * ?", 3, 3, new BigDecimal("5"), trajectoryCeiling,
                new ScorecardProperties.Weights(new BigDecimal("0.30"), new BigDecimal("0.30"), new BigDecimal("0.40")),
                new ScorecardProperties.Points(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("10"),
                        new BigDecimal("20"), new BigDecimal("1")));
    }

    /** Every report on time, every commitment green and exactly on 序时进度, nothing else happened. */
    static Figures onTrajectory(int commitments) {
        return new Figures(new BureauFigures("x", commitments, commitments, commitments, 0, 0, BigDecimal.ONE, commitments,
                commitments, 0, 0, 0, 0, 0));
    }

    /** Fluent variants of one bureau's figures. */
    record Figures(BureauFigures f) {

        Figures trajectory(String mean) {
            return new Figures(new BureauFigures(f.bureauId(), f.commitments(), f.reportsDue(), f.reportsOnTime(),
                    f.reportsMissing(), f.overdueDays(), new BigDecimal(mean), f.rated(), f.green(), f.yellow(), f.red(),
                    f.notices(), f.escalations(), f.closures()));
        }

        /** {@code late} of the reports due were filed late, together {@code days} days. */
        Figures late(int late, int days) {
            return new Figures(new BureauFigures(f.bureauId(), f.commitments(), f.reportsDue(), f.reportsDue() - late,
                    f.reportsMissing(), days, f.avgTrajectory(), f.rated(), f.green(), f.yellow(), f.red(), f.notices(),
                    f.escalations(), f.closures()));
        }

        Figures missing(int missing, int daysLateAtPeriodEnd) {
            return new Figures(new BureauFigures(f.bureauId(), f.commitments(), f.reportsDue(), f.reportsDue() - missing,
                    missing, daysLateAtPeriodEnd, f.avgTrajectory(), f.rated(), f.green(), f.yellow(), f.red(), f.notices(),
                    f.escalations(), f.closures()));
        }

        Figures ratings(int green, int yellow, int red) {
            return new Figures(new BureauFigures(f.bureauId(), f.commitments(), f.reportsDue(), f.reportsOnTime(),
                    f.reportsMissing(), f.overdueDays(), f.avgTrajectory(), green + yellow + red, green, yellow, red,
                    f.notices(), f.escalations(), f.closures()));
        }

        Figures closures(int closures) {
            return new Figures(new BureauFigures(f.bureauId(), f.commitments(), f.reportsDue(), f.reportsOnTime(),
                    f.reportsMissing(), f.overdueDays(), f.avgTrajectory(), f.rated(), f.green(), f.yellow(), f.red(),
                    f.notices(), f.escalations(), closures));
        }

        Figures notices(int notices, int escalations) {
            return new Figures(new BureauFigures(f.bureauId(), f.commitments(), f.reportsDue(), f.reportsOnTime(),
                    f.reportsMissing(), f.overdueDays(), f.avgTrajectory(), f.rated(), f.green(), f.yellow(), f.red(), notices,
                    escalations, f.closures()));
        }

        /** Nothing due and nothing rated yet, as in the first month of the year. */
        Figures nothingMeasured() {
            return new Figures(new BureauFigures(f.bureauId(), f.commitments(), 0, 0, 0, 0, null, 0, 0, 0, 0, f.notices(),
                    f.escalations(), f.closures()));
        }
    }
}
