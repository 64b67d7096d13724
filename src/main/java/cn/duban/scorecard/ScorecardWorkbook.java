package cn.duban.scorecard;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A scorecard as an Excel workbook: the ranking on one sheet, the explanations on another. Numbers stay numbers
 * (they sort and sum in Excel) and show their unit through the cell format: {@code 第3名}, {@code 97.86分},
 * {@code 2份}, {@code 12天}, {@code 104.6%}.
 */
final class ScorecardWorkbook {

    static final List<String> RANKING_HEADER = List.of("名次", "上期名次", "名次变化", "单位代码", "单位", "得分", "计算得分",
            "人工调整", "调整理由", "牵头事项", "应报", "按时报送", "未报", "逾期天数", "序时进度", "绿灯", "黄灯", "红灯", "督办单",
            "上报督办", "办结销号");

    /** Excel number formats: positive;negative;zero, literal text in quotes. */
    private static final String RANK = "\"第\"0\"名\"";
    private static final String RANK_CHANGE = "\"上升\"0\"名\";\"下降\"0\"名\";\"持平\"";
    private static final String POINTS = "0.00\"分\"";
    private static final String SIGNED_POINTS = "+0.00\"分\";-0.00\"分\";0.00\"分\"";
    private static final String ITEMS = "0\"项\"";
    private static final String REPORTS = "0\"份\"";
    private static final String DAYS = "0\"天\"";
    private static final String TIMES = "0\"次\"";
    private static final String PERCENT = "0.0%";

    private ScorecardWorkbook() {
    }

    static void write(Scorecard scorecard, List<ScorecardRow> rows, List<ScorecardStore.Explanation> explanations,
            Map<String, String> names, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Formats formats = new Formats(workbook);
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
                number(r, c++, row.ranking(), formats.get(RANK));
                number(r, c++, row.previousRanking(), formats.get(RANK));
                number(r, c++, row.rankChange(), formats.get(RANK_CHANGE));
                r.createCell(c++).setCellValue(row.bureauId());
                r.createCell(c++).setCellValue(names.getOrDefault(row.bureauId(), row.bureauId()));
                number(r, c++, row.score().doubleValue(), formats.get(POINTS));
                number(r, c++, row.computedScore().doubleValue(), formats.get(POINTS));
                number(r, c++, row.adjustment().doubleValue(), formats.get(SIGNED_POINTS));
                r.createCell(c++).setCellValue(row.adjustmentReason() == null ? "" : row.adjustmentReason());
                number(r, c++, f.commitments(), formats.get(ITEMS));
                for (int value : new int[] {f.reportsDue(), f.reportsOnTime(), f.reportsMissing()}) {
                    number(r, c++, value, formats.get(REPORTS));
                }
                number(r, c++, f.overdueDays(), formats.get(DAYS));
                number(r, c++, f.rated() == 0 || f.avgTrajectory() == null ? null : f.avgTrajectory().doubleValue(),
                        formats.get(PERCENT));
                for (int value : new int[] {f.green(), f.yellow(), f.red()}) {
                    number(r, c++, value, formats.get(ITEMS));
                }
                number(r, c++, f.notices(), formats.get(REPORTS));
                number(r, c++, f.escalations(), formats.get(TIMES));
                number(r, c++, f.closures(), formats.get(ITEMS));
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

    /** An empty cell when there is no value (not ranked before, nothing rated). */
    private static void number(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue("");
            return;
        }
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** One cell style per number format: a workbook allows only so many styles, so they are shared. */
    private static final class Formats {

        private final XSSFWorkbook workbook;
        private final Map<String, CellStyle> styles = new HashMap<>();

        Formats(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        CellStyle get(String format) {
            return styles.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }
    }
}
