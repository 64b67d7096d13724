package cn.duban.audit;

import cn.duban.system.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Recomputes an export's hashes and row counts from its files and compares them with its manifest: every file (or
 * XLSX sheet) present, unaltered and with its row count, no file added, and the chain hash intact. Reads files as
 * streams: memory does not grow with the export's size. Needs no database.
 */
public final class ExportVerifier {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ExportVerifier() {
    }

    public static Verification verify(Path file) {
        return verify(file, file.getFileName().toString());
    }

    /** @param name the file's name as the auditor knows it (an uploaded file is kept under a temporary name) */
    public static Verification verify(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return verifyWorkbook(file, name);
            }
            return verifyArchive(zip, name);
        } catch (ZipException e) {
            return new Verification(name, null, List.of("文件 " + name + " 不是完整的 ZIP/XLSX 文件，已损坏或被改动：" + e.getMessage()));
        } catch (IOException e) {
            return new Verification(name, null, List.of("无法读取文件 " + name + "：" + e.getMessage()));
        } catch (RuntimeException e) {
            // a manifest that parses but lacks what it must hold (a file without a name, …): the file is not an export
            return new Verification(name, null, List.of("文件 " + name + " 的清单内容无效，无法校验"));
        }
    }

    private static Verification verifyArchive(ZipFile zip, String name) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(Manifest.FILE_NAME);
        if (manifestEntry == null) {
            return new Verification(name, null, List.of("清单 " + Manifest.FILE_NAME + " 缺失"));
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest = JSON.readValue(in, Manifest.class);
        }
        List<String> problems = checkManifest(manifest);
        for (Manifest.Entry expected : manifest.files()) {
            ZipEntry entry = zip.getEntry(expected.file());
            if (entry == null) {
                problems.add("文件 " + expected.file() + " 缺失");
                continue;
            }
            MessageDigest digest = Sha256.digest();
            long rows;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                rows = expected.file().startsWith(Manifest.EVIDENCE_DIR) ? file(in)
                        : expected.file().endsWith(".csv") ? csvRows(in, manifest.headerRows()) : lines(in);
            } catch (ZipException e) {
                problems.add("文件 " + expected.file() + " 已损坏，无法读取：" + e.getMessage());
                continue;
            }
            compare(expected, rows, HexFormat.of().formatHex(digest.digest()), problems);
        }
        zip.stream().map(ZipEntry::getName)
                .filter(entry -> !entry.equals(Manifest.FILE_NAME))
                .filter(entry -> manifest.files().stream().noneMatch(expected -> expected.file().equals(entry)))
                .forEach(entry -> problems.add("文件 " + entry + " 不在清单中"));
        return new Verification(name, manifest, problems);
    }

    private static Verification verifyWorkbook(Path file, String name) {
        Map<String, SheetDigest> tables = new LinkedHashMap<>();
        StringBuilder manifestText = new StringBuilder();
        ManifestSheet manifestSheet = new ManifestSheet();
        boolean tabular;
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            // the manifest sheet comes last, but its version says how many header rows each table's sheet has
            List<String> names = new ArrayList<>();
            for (XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData(); it.hasNext(); ) {
                it.next().close();
                names.add(it.getSheetName());
            }
            tabular = names.contains(XlsxWriter.MANIFEST_SHEET);
            int headerRows = tabular ? 2 : 1;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    if (tabular && sheetName.equals(XlsxWriter.MANIFEST_SHEET)) {
                        read(sheet, reader, strings, (row, values) -> manifestSheet.add(values));
                        continue;
                    }
                    if (!tabular && sheetName.equals(XlsxWriter.MANIFEST_SHEET_V1)) {
                        read(sheet, reader, strings, (row, values) -> manifestText.append(values.length > 0 && values[0] != null ? values[0] : "").append('\n'));
                        continue;
                    }
                    String table = sheetName.matches(".+_\\d+") && tables.containsKey(sheetName.replaceFirst("_\\d+$", ""))
                            ? sheetName.replaceFirst("_\\d+$", "") : sheetName;
                    SheetDigest digest = tables.computeIfAbsent(table, key -> new SheetDigest());
                    boolean continuation = !table.equals(sheetName);
                    read(sheet, reader, strings, (row, values) -> digest.add(row, headerRows, continuation, values));
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            return new Verification(name, null, List.of("文件 " + name + " 无法读取，已损坏或被改动：" + e.getMessage()));
        }
        Manifest manifest;
        if (tabular) {
            try {
                manifest = manifestSheet.manifest();
            } catch (IllegalArgumentException e) {
                return new Verification(name, null, List.of("工作表 " + XlsxWriter.MANIFEST_SHEET + " 无法解析：" + e.getMessage()));
            }
        } else {
            if (manifestText.isEmpty()) {
                return new Verification(name, null, List.of("工作表 " + XlsxWriter.MANIFEST_SHEET + "（清单）缺失"));
            }
            try {
                manifest = JSON.readValue(manifestText.toString(), Manifest.class);
            } catch (IOException e) {
                return new Verification(name, null, List.of("工作表 " + XlsxWriter.MANIFEST_SHEET_V1 + "（清单）无法解析：" + e.getMessage()));
            }
        }
        List<String> problems = checkManifest(manifest);
        for (Manifest.Entry expected : manifest.files()) {
            SheetDigest actual = tables.remove(expected.file());
            if (actual == null) {
                problems.add("工作表 " + expected.file() + " 缺失");
                continue;
            }
            compare(expected, actual.rows, actual.finish(), problems);
        }
        tables.keySet().forEach(extra -> problems.add("工作表 " + extra + " 不在清单中"));
        return new Verification(name, manifest, problems);
    }

    private static List<String> checkManifest(Manifest manifest) {
        List<String> problems = new ArrayList<>();
        if (manifest.chainHash() == null || manifest.files() == null || manifest.filter() == null) {
            problems.add("清单不完整：缺少链式哈希、表清单或筛选条件");
            return problems;
        }
        if (!manifest.chainHash().equals(manifest.recomputedChain())) {
            problems.add("清单已被改动：按清单内容重算的链式哈希为 " + manifest.recomputedChain() + "，清单记载 " + manifest.chainHash());
        }
        String filter = filterOf(manifest.filter()).summary();
        if (!filter.equals(manifest.filterSummary())) {
            problems.add("清单已被改动：筛选条件 " + filter + " 与链式哈希所含的 " + manifest.filterSummary() + " 不符");
        }
        return problems;
    }

    private static void compare(Manifest.Entry expected, long rows, String sha256, List<String> problems) {
        String what = (expected.file().contains(".") ? "文件 " : "工作表 ") + expected.file();
        if (rows != expected.rows()) {
            problems.add(what + " 有 " + rows + " 行，清单记载 " + expected.rows() + " 行");
        }
        if (!sha256.equals(expected.sha256())) {
            problems.add(what + " 已被改动：SHA-256 为 " + sha256 + "，清单记载 " + expected.sha256());
        }
    }

    @SuppressWarnings("unchecked")
    private static ExportFilter filterOf(Map<String, Object> filter) {
        Object from = filter.get("from");
        Object to = filter.get("to");
        return new ExportFilter((List<String>) filter.getOrDefault("commitments", List.of()),
                (List<String>) filter.getOrDefault("bureaus", List.of()),
                from == null ? null : java.time.LocalDate.parse(from.toString()),
                to == null ? null : java.time.LocalDate.parse(to.toString()));
    }

    /** An evidence file counts as one row; it is read to the end so that its hash is computed. */
    private static long file(InputStream in) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return 1;
    }

    /** Data records of a CSV file (BOM, header rows, rows); fields may hold quoted line breaks. */
    private static long csvRows(InputStream in, int headerRows) throws IOException {
        java.io.Reader text = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
        Csv.Reader records = new Csv.Reader(text);
        long count = -headerRows;
        while (records.next() != null) {
            count++;
        }
        return Math.max(count, 0);
    }

    private static long lines(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long lines = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }

    private interface RowHandler {
        void row(int rowNumber, String[] values) throws IOException;
    }

    private static void read(InputStream sheet, XSSFReader reader, ReadOnlySharedStringsTable strings, RowHandler handler)
            throws IOException, SAXException, OpenXML4JException {
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new RowCollector(handler),
                new DataFormatter(), false));
        parser.parse(new InputSource(sheet));
    }

    /** Gathers a row's cells by column, so empty cells stay in place. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;

        RowCollector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                handler.row(rowNumber, cells.toArray(String[]::new));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }
    }

    /**
     * The manifest sheet {@value XlsxWriter#MANIFEST_SHEET}: each fact's row names its field in the last column, each
     * table's row says {@code file} there ({@link XlsxWriter#finish}).
     */
    private static final class ManifestSheet {
        private final Map<String, String> facts = new LinkedHashMap<>();
        private final List<Manifest.Entry> files = new ArrayList<>();

        void add(String[] values) {
            String field = values.length > 6 ? values[6] : null;
            if ("file".equals(field)) {
                files.add(new Manifest.Entry(values[0], values[1], values[2], values[3], number("行数", values[4]), values[5]));
            } else if (field != null && !field.isEmpty() && values.length > 1) {
                facts.put(field, values[1]);
            }
        }

        Manifest manifest() {
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("commitments", list(facts.get("filter.commitments")));
            filter.put("bureaus", list(facts.get("filter.bureaus")));
            filter.put("from", facts.get("filter.from"));
            filter.put("to", facts.get("filter.to"));
            return new Manifest((int) number("清单版本", facts.get("formatVersion")), facts.get("format"),
                    number("导出编号", facts.get("exportId")), facts.get("exportedAt"), facts.get("exportedBy"), filter,
                    facts.get("filterSummary"), List.copyOf(files), facts.get("chainHash"), facts.get("chainRule"),
                    facts.get("timeZone"));
        }

        private static List<String> list(String joined) {
            return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
        }

        private static long number(String what, String text) {
            try {
                return Long.parseLong(text == null ? "" : text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + "“" + text + "”不是数字");
            }
        }
    }

    /** A table's sheets written as CSV into a digest: the same bytes as the table's file in a CSV export. */
    private static final class SheetDigest {
        private final MessageDigest digest = Sha256.digest();
        private final CsvRecordStream csv = new CsvRecordStream(
                new DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest));
        private int columns;
        private long rows;
        private boolean started;

        void add(int rowNumber, int headerRows, boolean continuation, String[] values) throws IOException {
            if (rowNumber < headerRows) {
                if (!continuation) {
                    columns = Math.max(columns, values.length);
                    if (!started) {
                        csv.bom();
                    }
                    csv.record(values);
                    started = true;
                }
                return;
            }
            String[] row = new String[Math.max(columns, values.length)];
            System.arraycopy(values, 0, row, 0, values.length);
            csv.record(row);
            rows++;
        }

        String finish() {
            try {
                if (!started) {
                    csv.bom();
                }
                csv.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
