package cn.duban.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Competition ranking (1, 2, 2, 4): equal scores share a place; listed by score, then bureau id. */
final class Ranking {

    private Ranking() {
    }

    static List<ScorecardRow> rank(List<ScorecardRow> rows) {
        List<ScorecardRow> sorted = rows.stream()
                .sorted(Comparator.comparing(ScorecardRow::score).reversed().thenComparing(ScorecardRow::bureauId)).toList();
        List<ScorecardRow> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0 && sorted.get(i).score().compareTo(sorted.get(i - 1).score()) == 0;
            ranked.add(sorted.get(i).ranked(tied ? ranked.get(i - 1).ranking() : i + 1));
        }
        return ranked;
    }

    /**
     * The bureaus that occupy any of the last {@code count} places; bureaus tied with one of them share its fate.
     * When a tie for first place reaches into the bottom places, only those below it explain; nobody when all tie.
     */
    static List<String> bottom(List<ScorecardRow> ranked, int count) {
        int size = ranked.size();
        if (count <= 0 || count >= size) {
            return List.of();
        }
        List<String> bottom = ranked.stream().filter(row -> {
            long tied = ranked.stream().filter(other -> other.ranking() == row.ranking()).count();
            return row.ranking() + tied - 1 > size - count;
        }).map(ScorecardRow::bureauId).toList();
        if (bottom.size() < size) {
            return bottom;
        }
        // a tie for first place reaches into the bottom places: only those below it explain
        int best = ranked.get(0).ranking();
        return ranked.stream().filter(row -> row.ranking() != best).map(ScorecardRow::bureauId).toList();
    }
}
