package cn.duban.ledger.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A draft as an Excel sheet for the 督查室 to review: one row per proposal, the coverage summary on a second sheet. */
public final class DraftWorkbook {

    static final List<String> HEADER = List.of("编号", "任务领域", "标题", "类型", "目标值", "原文写法", "方向", "截止日期",
            "建议牵头单位", "配合单位", "建议分管领导", "建议依据", "季度计划", "台账已有", "原文句子");

    private DraftWorkbook() {
    }

    /**
     * @param names bureau and leader ids to the names a person reads (区农业农村委); an id without a name is shown as is
     */
    public static void write(Draft draft, List<DraftEntry> entries, String summary, Map<String, String> names,
            OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Sheet sheet = workbook.createSheet("台账草稿");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 2 || c == 11 ? 36 : c == 14 ? 80 : c == 1 ? 24 : 12) * 256);
            }
            int line = 1;
            for (DraftEntry entry : entries) {
                Row row = sheet.createRow(line++);
                ProposedLead lead = entry.lead();
                List<String> cells = List.of(entry.id(), entry.section().id() + " " + entry.section().name(), entry.title(),
                        entry.kind().label(), entry.target() == null ? "" : entry.target(), entry.written(),
                        entry.direction() == null ? "" : entry.direction().label(), entry.deadline().toString(),
                        name(lead.lead(), names), String.join("、", lead.co().stream().map(id -> name(id, names)).toList()),
                        name(lead.leader(), names), lead.reason(), String.join(" / ", entry.milestones()),
                        entry.covered() ? "是" : "否", entry.source());
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
                row.getCell(14).setCellStyle(wrap);
            }
            sheet.createFreezePane(3, 1);
            Sheet coverage = workbook.createSheet("覆盖情况");
            int r = 0;
            for (String text : summary.split("\n")) {
                coverage.createRow(r++).createCell(0).setCellValue(text);
            }
            coverage.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
    }

    private static String name(String id, Map<String, String> names) {
        if (id == null) {
            return "待指定";
        }
        return names.getOrDefault(id, id);
    }
}
