package cn.duban.overview;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The overview's current view as an Excel sheet: a title saying what was filtered, then the rows as the page shows them. */
final class OverviewWorkbook {

    private OverviewWorkbook() {
    }

    static void write(String title, List<OverviewLine> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet("督办总览");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int c = 0; c < OverviewLine.HEADER.size(); c++) {
                header.createCell(c).setCellValue(OverviewLine.HEADER.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 1 || c == 15 ? 40 : c == 5 || c == 7 ? 24 : 12) * 256);
            }
            int line = 2;
            for (OverviewLine row : lines) {
                Row r = sheet.createRow(line++);
                List<String> cells = row.cells();
                for (int c = 0; c < cells.size(); c++) {
                    r.createCell(c).setCellValue(cells.get(c));
                }
            }
            sheet.createFreezePane(2, 2);
            workbook.write(out);
        }
    }
}
