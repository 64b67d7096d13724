package cn.duban.scorecard;

import java.util.List;
import java.util.Map;

/** The ranking as plain text for the review and approval forms, one bureau per line. */
final class DraftSummary {

    private DraftSummary() {
    }

    static String of(List<ScorecardRow> rows, Map<String, String> names) {
        StringBuilder text = new StringBuilder("名次  单位（代码）  得分  [计算分 调整]  按时报送/应报  绿/黄/红  督办单  上报督办  办结\n");
        for (ScorecardRow row : rows) {
            BureauFigures f = row.figures();
            text.append(row.ranking()).append("  ").append(names.getOrDefault(row.bureauId(), row.bureauId()))
                    .append("（").append(row.bureauId()).append("）  ").append(row.score().toPlainString())
                    .append("  [").append(row.computedScore().toPlainString());
            if (row.adjustment().signum() != 0) {
                text.append(" ").append(row.adjustment().signum() > 0 ? "+" : "").append(row.adjustment().toPlainString())
                        .append(" ").append(row.adjustmentReason());
            }
            text.append("]  ").append(f.reportsOnTime()).append("/").append(f.reportsDue())
                    .append("  ").append(f.green()).append("/").append(f.yellow()).append("/").append(f.red())
                    .append("  ").append(f.notices()).append("  ").append(f.escalations()).append("  ").append(f.closures())
                    .append("\n");
        }
        return text.toString();
    }
}
