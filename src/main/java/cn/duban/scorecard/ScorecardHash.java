package cn.duban.scorecard;

import cn.duban.system.Sha256;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * SHA-256 over a published scorecard's content: its period and every row's figures, scores, adjustment and ranks,
 * one line per bureau in rank order. Anyone can recompute it from the tables and compare.
 */
public final class ScorecardHash {

    private ScorecardHash() {
    }

    public static String of(Scorecard scorecard, List<ScorecardRow> rows) {
        String content = "scorecard|" + scorecard.period() + "|" + scorecard.periodStart() + "|" + scorecard.periodEnd() + "\n"
                + rows.stream().map(ScorecardHash::line).collect(Collectors.joining("\n"));
        return Sha256.hex(content);
    }

    private static String line(ScorecardRow row) {
        BureauFigures f = row.figures();
        return String.join("|", f.bureauId(), str(f.commitments()), str(f.reportsDue()), str(f.reportsOnTime()),
                str(f.reportsMissing()), str(f.overdueDays()), decimal(f.avgTrajectory(), 4), str(f.green()), str(f.yellow()),
                str(f.red()), str(f.notices()), str(f.escalations()), str(f.closures()), decimal(row.computedScore(), 2),
                decimal(row.adjustment(), 2), Objects.toString(row.adjustmentReason(), ""), decimal(row.score(), 2),
                str(row.ranking()), Objects.toString(row.previousRanking(), ""));
    }

    private static String str(int value) {
        return Integer.toString(value);
    }

    private static String decimal(BigDecimal value, int scale) {
        return value == null ? "" : value.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
