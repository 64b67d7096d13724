package cn.duban.audit;

import cn.duban.system.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One workbook, one sheet per table named in Chinese (a table beyond Excel's 1,048,576 rows continues on
 * {@code <sheet>_2}, …), each with two header rows: the Chinese headers, then the field names. The manifest is the
 * last sheet, {@value #MANIFEST_SHEET}: the export's facts (number, time, who, filter, chain hash) one per row, then
 * one row per table (sheet, table, Chinese name, rows, SHA-256), each row with its field name in the last column so
 * that the verifier reads it back exactly. Written by FastExcel straight into the output, text as inline strings (no
 * shared-strings table to hold in memory), rows flushed every {@value #FLUSH_ROWS}; one sheet is open at a time.
 * (Apache POI's SXSSF, used before, wrote every sheet to a temporary file first and then copied it into the
 * workbook: 3–4 times slower, see docs/benchmarks.md.)
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

    private static final int FLUSH_ROWS = 1_000;
    private static final String HEADER_FILL = "C0C0C0";
    private static final String FIELD_COLOR = "808080";

    private final OutputStream out;
    private final Workbook workbook;
    private ExportTable table;
    private List<String> columns;
    private List<String> labels;
    private Worksheet sheet;
    private int sheetRows;
    private int sheetCount;
    private long rows;
    private MessageDigest digest;
    private CsvRecordStream canonical;

    XlsxWriter(OutputStream out, int compressionLevel) {
        // FastExcel closes the stream it writes to; the caller owns it
        this.out = out;
        this.workbook = new Workbook(new ZipTableWriter.KeepOpen(out), "duban", "1.0");
        workbook.setCompressionLevel(compressionLevel);
    }

    @Override
    public void beginTable(ExportTable table) throws IOException {
        this.table = table;
        this.rows = 0;
        this.sheetCount = 0;
        this.digest = Sha256.digest();
        this.canonical = new CsvRecordStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        canonical.bom();
    }

    @Override
    public void header(List<String> columns, List<String> labels) throws IOException {
        this.columns = columns;
        this.labels = labels;
        canonical.record(labels);
        canonical.record(columns);
        newSheet();
    }

    @Override
    public void row(String[] values) throws IOException {
        if (sheetRows == MAX_DATA_ROWS) {
            newSheet();
        }
        String[] cells = cellTexts(values);
        canonical.record(cells);
        write(sheet, ++sheetRows + 1, cells, Style.NONE);
        rows++;
        if (sheetRows % FLUSH_ROWS == 0) {
            sheet.flush();
        }
    }

    @Override
    public Manifest.Entry endTable() throws IOException {
        canonical.flush();
        if (sheet != null) {
            sheet.finish();
            sheet = null;
        }
        return new Manifest.Entry(table.sheet(), table.name(), table.title(), table.timeLabel(), rows,
                HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void finish(Manifest manifest) throws IOException {
        Worksheet sheet = workbook.newWorksheet(MANIFEST_SHEET);
        sheet.width(0, 22);
        sheet.width(1, 70);
        int r = 0;
        write(sheet, r++, new String[] {"项目", "内容", "", "", "", "", "字段"}, Style.HEADER);
        for (String[] fact : facts(manifest)) {
            write(sheet, r++, new String[] {fact[1], fact[2], null, null, null, null, fact[0]}, Style.NONE);
        }
        r++;
        write(sheet, r++, new String[] {TABLES_HEADER, "文件/表", "中文名", "时间列", "行数", "SHA-256", "字段"}, Style.HEADER);
        List<String> fields = new ArrayList<>(TABLE_FIELDS);
        fields.add("");
        write(sheet, r++, fields.toArray(String[]::new), Style.FIELD);
        for (Manifest.Entry entry : manifest.files()) {
            write(sheet, r++, new String[] {entry.file(), entry.table(), entry.title(), entry.timeColumn(),
                    Long.toString(entry.rows()), entry.sha256(), "file"}, Style.NONE);
        }
        sheet.finish();
        workbook.finish();
        out.flush();
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

    private void newSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheetCount++;
        sheet = workbook.newWorksheet(sheetCount == 1 ? table.sheet() : table.sheet() + "_" + sheetCount);
        sheet.freezePane(0, 2);
        for (int i = 0; i < columns.size(); i++) {
            sheet.width(i, Math.min(40, Math.max(10, labels.get(i).length() * 2 + 2)));
        }
        write(sheet, 0, labels.toArray(String[]::new), Style.HEADER);
        write(sheet, 1, columns.toArray(String[]::new), Style.FIELD);
        sheetRows = 0;
    }

    private enum Style {
        NONE, HEADER, FIELD
    }

    private static void write(Worksheet sheet, int row, String[] values, Style style) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                sheet.inlineString(row, i, values[i]);
                switch (style) {
                    case HEADER -> sheet.style(row, i).bold().fillColor(HEADER_FILL).set();
                    case FIELD -> sheet.style(row, i).fontColor(FIELD_COLOR).fontSize(9).set();
                    case NONE -> {
                    }
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
