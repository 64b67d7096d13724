package cn.duban.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking, the bottom places and the formula's edges, without a database. */
class RankingTest {

    static final ScorecardProperties SETTINGS = new ScorecardProperties("0 0 9 6 * ?", 2, 3, new BigDecimal("5"),
            new ScorecardProperties.Weights(new BigDecimal("0.30"), new BigDecimal("0.30"), new BigDecimal("0.40")),
            new ScorecardProperties.Points(new BigDecimal("2.0"), new BigDecimal("3.0"), new BigDecimal("2.0"),
                    new BigDecimal("2.0"), new BigDecimal("0.2")));

    @Test
    void equalScoresShareAPlaceAndTheNextPlaceIsSkipped() {
        List<ScorecardRow> ranked = Ranking.rank(rows("d:70", "a:90", "c:90", "b:60"));
        assertThat(ranked).extracting(ScorecardRow::bureauId).containsExactly("a", "c", "d", "b");
        assertThat(ranked).extracting(ScorecardRow::ranking).containsExactly(1, 1, 3, 4);
    }

    @Test
    void bureausTiedIntoTheBottomPlacesAllExplain() {
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:80", "c:70", "d:70")), 1)).containsExactly("c", "d");
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:80", "c:70", "d:60")), 2)).containsExactly("c", "d");
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:90", "c:90", "d:60")), 3)).containsExactly("d");
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:90")), 1)).isEmpty();
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:80")), 0)).isEmpty();
    }

    @Test
    void closuresAddPointsAndTheScoreStaysWithinZeroAndHundred() {
        ScoringFormula formula = new ScoringFormula(SETTINGS);
        // on time 2/4, trajectory 0.9, rating (1 + 0.5) / 2: 100 × (0.15 + 0.27 + 0.30) = 72, + 2 closures × 2 = 76
        assertThat(formula.score(new BureauFigures("x", 2, 4, 2, 0, 0, new BigDecimal("0.9"), 2, 1, 1, 0, 0, 0, 2)))
                .isEqualByComparingTo("76.00");
        assertThat(formula.score(new BureauFigures("x", 2, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 5))).isEqualByComparingTo("100.00");
        assertThat(formula.score(new BureauFigures("x", 9, 9, 0, 9, 90, BigDecimal.ZERO, 9, 0, 0, 9, 9, 9, 0)))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void weightsThatDoNotAddUpToOneAreRefusedNamingTheFile() {
        assertThatThrownBy(() -> new ScorecardProperties("0 0 9 6 * ?", 2, 3, BigDecimal.ONE,
                new ScorecardProperties.Weights(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.4")),
                SETTINGS.points()))
                .hasMessageContaining("config/scorecard.yaml").hasMessageContaining("1.2");
    }

    private static List<ScorecardRow> rows(String... bureauScores) {
        return Arrays.stream(bureauScores).map(pair -> {
            String[] parts = pair.split(":");
            BigDecimal score = new BigDecimal(parts[1]).setScale(2);
            return new ScorecardRow(new BureauFigures(parts[0], 1, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0), score,
                    BigDecimal.ZERO, null, null, score, 0, null);
        }).toList();
    }
}
