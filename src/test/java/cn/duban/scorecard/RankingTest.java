package cn.duban.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking and the bottom places, without a database. */
class RankingTest {

    @Test
    void equalScoresShareAPlaceAndTheNextPlaceIsSkipped() {
        List<ScorecardRow> ranked = Ranking.rank(rows("d:70", "a:90", "c:90", "b:60"));
        assertThat(ranked).extracting(ScorecardRow::bureauId).containsExactly("a", "c", "d", "b");
        assertThat(ranked).extracting(ScorecardRow::ranking).containsExactly(1, 1, 3, 4);
    }

    @Test
    void scoresAboveHundredAndBelowZeroRankInOrderAndOneHundredthSeparates() {
        List<ScorecardRow> ranked = Ranking.rank(rows("a:100.00", "b:100.01", "c:-3.50", "d:130.00", "e:0.00"));
        assertThat(ranked).extracting(ScorecardRow::bureauId).containsExactly("d", "b", "a", "e", "c");
        assertThat(ranked).extracting(ScorecardRow::ranking).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void bureausTiedIntoTheBottomPlacesAllExplain() {
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:80", "c:70", "d:70")), 1)).containsExactly("c", "d");
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:80", "c:70", "d:60")), 2)).containsExactly("c", "d");
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:90", "c:90", "d:60")), 3)).containsExactly("d");
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:90")), 1)).isEmpty();
        assertThat(Ranking.bottom(Ranking.rank(rows("a:90", "b:80")), 0)).isEmpty();
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
