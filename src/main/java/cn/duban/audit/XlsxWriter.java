package cn.duban.audit;

import cn.duban.system.Sha256;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One workbook, one sheet per table named in Chinese (a table beyond Excel's 1,048,576 rows continues on
 * {@code <sheet>_2}, …), each with two header rows: the Chinese headers, then the field names. The manifest is the
 * last sheet, {@value #MANIFEST_SHEET}: the export's facts (number, time, who, filter, chain hash) one per row, then
 * one row per table (sheet, table, Chinese name, rows, SHA-256), each row with its field name in the last column so
 * that the verifier reads it back exactly. Rows are streamed to compressed temporary files and only a window of 100
 * is kept in memory; the workbook is assembled at the end.
 */
final class XlsxWriter implements ExportWriter {

    static final String MANIFEST_SHEET = "清单";
    /** The sheet of format version 1, where the manifest was JSON text, one line per row. */
    static final String MANIFEST_SHEET_V1 = "manifest";
    /** First cell of the row that heads the list of tables on the manifest sheet. */
    static final String TABLES_HEADER = "工作表";
    static final List<String> TABLE_FIELDS = List.of("file", "table", "title", "timeColumn", "rows", "sha256");
    /** Excel's limits: rows per sheet (two are the header) and characters per cell. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 2;
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final CellStyle headerStyle;
    private final CellStyle fieldStyle;
    private ExportTable table;
    private List<String> columns;
    private List<String> labels;
    private Sheet sheet;
    private int sheetRows;
    private int sheetCount;
    private long rows;
    private MessageDigest digest;
    private BufferedWriter canonical;

    XlsxWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        fieldStyle = workbook.createCellStyle();
        Font grey = workbook.createFont();
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        grey.setFontHeightInPoints((short) 9);
        fieldStyle.setFont(grey);
    }

    @Override
    public void beginTable(ExportTable table) throws IOException {
        this.table = table;
        this.rows = 0;
        this.sheetCount = 0;
        this.digest = Sha256.digest();
        this.canonical = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(OutputStream.nullOutputStream(), digest), StandardCharsets.UTF_8), 64 * 1024);
        canonical.write(Csv.BOM);
    }

    @Override
    public void header(List<String> columns, List<String> labels) throws IOException {
        this.columns = columns;
        this.labels = labels;
        Csv.record(canonical, labels);
        Csv.record(canonical, columns);
        newSheet();
    }

    @Override
    public void row(String[] values) throws IOException {
        if (sheetRows == MAX_DATA_ROWS) {
            newSheet();
        }
        String[] cells = cellTexts(values);
        Csv.record(canonical, cells);
        write(sheet.createRow(++sheetRows + 1), cells, null);
        rows++;
    }

    @Override
    public Manifest.Entry endTable() throws IOException {
        canonical.close();
        return new Manifest.Entry(table.sheet(), table.name(), table.title(), table.timeLabel(), rows,
                HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void finish(Manifest manifest) throws IOException {
        Sheet sheet = workbook.createSheet(MANIFEST_SHEET);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        int r = 0;
        write(sheet.createRow(r++), new String[] {"项目", "内容", "", "", "", "", "字段"}, headerStyle);
        for (String[] fact : facts(manifest)) {
            write(sheet.createRow(r++), new String[] {fact[1], fact[2], null, null, null, null, fact[0]}, null);
        }
        r++;
        write(sheet.createRow(r++), new String[] {TABLES_HEADER, "文件/表", "中文名", "时间列", "行数", "SHA-256", "字段"}, headerStyle);
        List<String> fields = new ArrayList<>(TABLE_FIELDS);
        fields.add("");
        write(sheet.createRow(r++), fields.toArray(String[]::new), fieldStyle);
        for (Manifest.Entry entry : manifest.files()) {
            write(sheet.createRow(r++), new String[] {entry.file(), entry.table(), entry.title(), entry.timeColumn(),
                    Long.toString(entry.rows()), entry.sha256(), "file"}, null);
        }
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }

    /** The manifest's facts as {field, Chinese name, value}, in the order of the sheet. */
    static List<String[]> facts(Manifest manifest) {
        Map<String, Object> filter = manifest.filter();
        return List.of(
                new String[] {"exportId", "导出编号", Long.toString(manifest.exportId())},
                new String[] {"format", "格式", manifest.format()},
                new String[] {"formatVersion", "清单版本", Integer.toString(manifest.formatVersion())},
                new String[] {"exportedAt", "导出时间（北京时间）", manifest.exportedAt()},
                new String[] {"exportedBy", "导出人", manifest.exportedBy()},
                new String[] {"timeZone", "时区", manifest.timeZone()},
                new String[] {"filter.commitments", "筛选：承诺事项", joined(filter.get("commitments"))},
                new String[] {"filter.bureaus", "筛选：责任单位", joined(filter.get("bureaus"))},
                new String[] {"filter.from", "筛选：起始日期", filter.get("from") == null ? null : filter.get("from").toString()},
                new String[] {"filter.to", "筛选：截止日期", filter.get("to") == null ? null : filter.get("to").toString()},
                new String[] {"filterSummary", "筛选条件（计入链式哈希）", manifest.filterSummary()},
                new String[] {"chainHash", "链式哈希", manifest.chainHash()},
                new String[] {"chainRule", "计算规则", manifest.chainRule()});
    }

    private static String joined(Object list) {
        return list instanceof List<?> values && !values.isEmpty()
                ? String.join(",", values.stream().map(String::valueOf).toList()) : null;
    }

    private void newSheet() {
        sheetCount++;
        sheet = workbook.createSheet(sheetCount == 1 ? table.sheet() : table.sheet() + "_" + sheetCount);
        sheet.createFreezePane(0, 2);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, Math.min(40, Math.max(10, labels.get(i).length() * 2 + 2)) * 256);
        }
        write(sheet.createRow(0), labels.toArray(String[]::new), headerStyle);
        write(sheet.createRow(1), columns.toArray(String[]::new), fieldStyle);
        sheetRows = 0;
    }

    private static void write(Row row, String[] values, CellStyle style) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                var cell = row.createCell(i);
                cell.setCellValue(values[i]);
                if (style != null) {
                    cell.setCellStyle(style);
                }
            }
        }
    }

    /**
     * What a cell can hold: Excel cuts text at 32,767 characters, and XML cannot carry most control characters.
     * The manifest's hash covers the cells as written.
     */
    static String[] cellTexts(String[] values) {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value != null) {
                value = value.replace("\r\n", "\n").replace('\r', '\n');
                StringBuilder clean = null;
                for (int c = 0; c < value.length(); c++) {
                    char ch = value.charAt(c);
                    if (ch < 0x20 && ch != '\t' && ch != '\n') {
                        if (clean == null) {
                            clean = new StringBuilder(value);
                        }
                        clean.setCharAt(c, '\uFFFD');
                    }
                }
                value = clean == null ? value : clean.toString();
                if (value.length() > MAX_CELL_TEXT) {
                    value = value.substring(0, MAX_CELL_TEXT);
                }
            }
            cells[i] = value;
        }
        return cells;
    }
}
