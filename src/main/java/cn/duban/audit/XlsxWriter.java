package cn.duban.audit;

import cn.duban.system.Sha256;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One workbook, one sheet per table (a table beyond Excel's 1,048,576 rows continues on {@code <table>_2}, …), the
 * manifest on the last sheet {@code manifest} as JSON text, one line per row. Rows are streamed to compressed
 * temporary files and only a window of 100 is kept in memory; the workbook is assembled at the end.
 */
final class XlsxWriter implements ExportWriter {

    static final String MANIFEST_SHEET = "manifest";
    /** Excel's limits: rows per sheet (one is the header) and characters per cell. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private ExportTable table;
    private List<String> columns;
    private Sheet sheet;
    private int sheetRows;
    private int sheetCount;
    private long rows;
    private MessageDigest digest;
    private BufferedWriter canonical;

    XlsxWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
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
    public void header(List<String> columns) throws IOException {
        this.columns = columns;
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
        write(sheet.createRow(++sheetRows), cells);
        rows++;
    }

    @Override
    public Manifest.Entry endTable() throws IOException {
        canonical.close();
        return new Manifest.Entry(table.name(), table.name(), table.title(), table.timeLabel(), rows,
                HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void finish(Manifest manifest) throws IOException {
        Sheet manifestSheet = workbook.createSheet(MANIFEST_SHEET);
        String[] lines = ZipTableWriter.JSON.writeValueAsString(manifest).split("\n");
        for (int i = 0; i < lines.length; i++) {
            manifestSheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }

    private void newSheet() {
        sheetCount++;
        sheet = workbook.createSheet(sheetCount == 1 ? table.name() : table.name() + "_" + sheetCount);
        write(sheet.createRow(0), columns.toArray(String[]::new));
        sheetRows = 0;
    }

    private static void write(Row row, String[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
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
