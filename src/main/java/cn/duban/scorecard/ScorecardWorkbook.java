package cn.duban.scorecard;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A scorecard as an Excel workbook: the ranking on one sheet, the explanations on another. */
final class ScorecardWorkbook {

    static final List<String> RANKING_HEADER = List.of("名次", "上期名次", "名次变化", "单位代码", "单位", "得分", "计算得分",
            "人工调整", "调整理由", "牵头事项", "应报", "按时报送", "未报", "逾期天数", "序时进度", "绿灯", "黄灯", "红灯", "督办单",
            "上报督办", "办结销号");

    private ScorecardWorkbook() {
    }

    static void write(Scorecard scorecard, List<ScorecardRow> rows, List<ScorecardStore.Explanation> explanations,
            Map<String, String> names, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet ranking = workbook.createSheet("成绩单");
            Row title = ranking.createRow(0);
            title.createCell(0).setCellValue(scorecard.label() + "晾晒成绩单"
                    + (scorecard.published() ? "（已发布，内容哈希 " + scorecard.contentHash() + "）" : "（草稿，未发布）"));
            title.getCell(0).setCellStyle(bold);
            header(ranking.createRow(1), RANKING_HEADER, bold);
            int line = 2;
            for (ScorecardRow row : rows) {
                BureauFigures f = row.figures();
                Row r = ranking.createRow(line++);
                int c = 0;
                r.createCell(c++).setCellValue(row.ranking());
                optional(r, c++, row.previousRanking());
                optional(r, c++, row.rankChange());
                r.createCell(c++).setCellValue(row.bureauId());
                r.createCell(c++).setCellValue(names.getOrDefault(row.bureauId(), row.bureauId()));
                r.createCell(c++).setCellValue(row.score().doubleValue());
                r.createCell(c++).setCellValue(row.computedScore().doubleValue());
                r.createCell(c++).setCellValue(row.adjustment().doubleValue());
                r.createCell(c++).setCellValue(row.adjustmentReason() == null ? "" : row.adjustmentReason());
                for (int value : new int[] {f.commitments(), f.reportsDue(), f.reportsOnTime(), f.reportsMissing(), f.overdueDays()}) {
                    r.createCell(c++).setCellValue(value);
                }
                if (f.avgTrajectory() == null) {
                    r.createCell(c++).setCellValue("");
                } else {
                    r.createCell(c++).setCellValue(f.avgTrajectory().doubleValue());
                }
                for (int value : new int[] {f.green(), f.yellow(), f.red(), f.notices(), f.escalations(), f.closures()}) {
                    r.createCell(c++).setCellValue(value);
                }
            }
            for (int c = 0; c < RANKING_HEADER.size(); c++) {
                ranking.setColumnWidth(c, c == 4 || c == 8 ? 24 * 256 : 10 * 256);
            }
            Sheet notes = workbook.createSheet("情况说明");
            header(notes.createRow(0), List.of("单位代码", "单位", "情况说明", "整改措施", "填报人", "填报时间"), bold);
            int n = 1;
            for (ScorecardStore.Explanation e : explanations) {
                Row r = notes.createRow(n++);
                r.createCell(0).setCellValue(e.bureauId());
                r.createCell(1).setCellValue(names.getOrDefault(e.bureauId(), e.bureauId()));
                r.createCell(2).setCellValue(e.explanation());
                r.createCell(3).setCellValue(e.measures());
                r.createCell(4).setCellValue(e.filedBy() == null ? "" : e.filedBy());
                r.createCell(5).setCellValue(e.filedAt().toString().replace('T', ' '));
            }
            workbook.write(out);
        }
    }

    private static void header(Row row, List<String> labels, CellStyle style) {
        for (int i = 0; i < labels.size(); i++) {
            row.createCell(i).setCellValue(labels.get(i));
            row.getCell(i).setCellStyle(style);
        }
    }

    private static void optional(Row row, int column, Integer value) {
        if (value == null) {
            row.createCell(column).setCellValue("");
        } else {
            row.createCell(column).setCellValue(value);
        }
    }
}
