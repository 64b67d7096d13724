package cn.duban.scorecard;

import java.util.List;

/**
 * A period in which no bureau had a report due or a commitment rated (before the first reports of the year): every
 * bureau's figures are the same, so a ranking would put all of them first. Such a scorecard is not published.
 */
final class NothingMeasured {

    private NothingMeasured() {
    }

    static boolean in(List<ScorecardRow> rows) {
        return rows.stream().allMatch(row -> row.figures().reportsDue() == 0 && row.figures().rated() == 0);
    }
}
