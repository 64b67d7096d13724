package cn.duban.scorecard;

import cn.duban.ledger.Amounts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The ranking as plain text for the review and approval forms, one bureau per line, every number with its unit. A
 * string variable holds at most {@link #LIMIT} characters (the engine's text column): a city's hundred bureaus do not
 * fit, so the lines that do are kept, in ranking order, and the last line says how many more the scorecard page shows.
 */
final class DraftSummary {

    static final int LIMIT = 4000;

    private DraftSummary() {
    }

    static String of(List<ScorecardRow> rows, Map<String, String> names) {
        StringBuilder text = new StringBuilder(
                "名次  单位（代码）  得分  [计算得分 调整]  按时报送/应报  逾期  序时进度  绿/黄/红  督办单  专班  办结\n");
        for (int i = 0; i < rows.size(); i++) {
            String line = line(rows.get(i), names);
            String rest = "……另有 " + (rows.size() - i) + " 个单位未列出，完整排名见成绩单页面\n";
            boolean last = i == rows.size() - 1;
            if (text.length() + line.length() + (last ? 0 : rest.length()) > LIMIT) {
                return text.append(rest).toString();
            }
            text.append(line);
        }
        return text.toString();
    }

    private static String line(ScorecardRow row, Map<String, String> names) {
        StringBuilder text = new StringBuilder();
        BureauFigures f = row.figures();
        text.append("第").append(row.ranking()).append("名  ").append(names.getOrDefault(row.bureauId(), row.bureauId()))
                .append("（").append(row.bureauId()).append("）  ").append(points(row.score()))
                .append("  [").append(points(row.computedScore()));
        if (row.adjustment().signum() != 0) {
            text.append(" ").append(row.adjustment().signum() > 0 ? "+" : "").append(points(row.adjustment()))
                    .append(" ").append(row.adjustmentReason());
        }
        text.append("]  ").append(f.reportsOnTime()).append("/").append(f.reportsDue()).append("份")
                .append("  ").append(f.overdueDays()).append("天")
                .append("  ").append(f.rated() == 0 || f.avgTrajectory() == null ? "—" : Amounts.percent(f.avgTrajectory()))
                .append("  ").append(f.green()).append("/").append(f.yellow()).append("/").append(f.red()).append("项")
                .append("  ").append(f.notices()).append("份  ").append(f.escalations()).append("次  ")
                .append(f.closures()).append("项\n");
        return text.toString();
    }

    private static String points(BigDecimal value) {
        return value.toPlainString() + "分";
    }
}
