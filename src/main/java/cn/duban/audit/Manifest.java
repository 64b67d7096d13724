package cn.duban.audit;

import cn.duban.system.Sha256;
import java.util.List;
import java.util.Map;

/**
 * What an export holds and how to check it: who exported what and when, and every file's (or sheet's) row count
 * and SHA-256, chained so that no file can be altered, dropped or reordered without the chain hash changing.
 *
 * @param formatVersion 1: one header row (field names); 2: two header rows (Chinese headers, then field names), a
 *                      data dictionary and a timeline, and in XLSX Chinese sheet names and the manifest as the sheet
 *                      {@code 清单}
 * @param chainHash     {@link #CHAIN_RULE}; duban records it with the export (table {@code export_record})
 * @param timeZone      the zone of every time in the export, e.g. {@code Asia/Shanghai（北京时间，UTC+08:00）}
 */
public record Manifest(int formatVersion, String format, long exportId, String exportedAt, String exportedBy,
        Map<String, Object> filter, String filterSummary, List<Entry> files, String chainHash, String chainRule,
        String timeZone) {

    public static final String FILE_NAME = "manifest.json";
    /** Where evidence files lie in the archive formats, and the table name their manifest entries carry. */
    static final String EVIDENCE_DIR = "evidence/";
    static final String EVIDENCE_TABLE = "evidence";
    static final int FORMAT_VERSION = 2;
    static final String CHAIN_RULE = "h0 = SHA-256(\"duban-audit-export|\" + format + \"|\" + exportId + \"|\" + exportedAt"
            + " + \"|\" + exportedBy + \"|\" + filterSummary); h_i = SHA-256(h_(i-1) + \"|\" + file_i + \"|\" + sha256_i"
            + " + \"|\" + rows_i) over files in order; chainHash = h_n (hashes as lower-case hex, text as UTF-8)";

    /**
     * One exported table. For XLSX, {@code file} names the sheet and {@code sha256} is the hash of the sheet's
     * content written as CSV (BOM, header, rows; exactly the bytes of the same table's file in a CSV export).
     */
    public record Entry(String file, String table, String title, String timeColumn, long rows, String sha256) {
    }

    static Manifest of(String format, long exportId, String exportedAt, String exportedBy, ExportFilter filter,
            List<Entry> files) {
        String summary = filter.summary();
        return new Manifest(FORMAT_VERSION, format, exportId, exportedAt, exportedBy, filter.describe(), summary,
                List.copyOf(files), chain(format, exportId, exportedAt, exportedBy, summary, files), CHAIN_RULE, businessTimeZone());
    }

    /** The business time zone, in which every time of an export is written. */
    static String businessTimeZone() {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        String offset = zone.getRules().getOffset(java.time.Instant.now()).getId().replace("Z", "+00:00");
        return zone.getId() + ("Asia/Shanghai".equals(zone.getId()) ? "（北京时间，UTC" : "（UTC") + offset + "）";
    }

    /** Header rows of every CSV file (and XLSX sheet) of this manifest's export. */
    int headerRows() {
        return formatVersion >= 2 ? 2 : 1;
    }

    static String chain(String format, long exportId, String exportedAt, String exportedBy, String filterSummary,
            List<Entry> files) {
        String hash = Sha256.hex("duban-audit-export|" + format + "|" + exportId + "|" + exportedAt + "|" + exportedBy + "|"
                + filterSummary);
        for (Entry file : files) {
            hash = Sha256.hex(hash + "|" + file.file() + "|" + file.sha256() + "|" + file.rows());
        }
        return hash;
    }

    /** The chain hash recomputed from this manifest's own fields. */
    String recomputedChain() {
        return chain(format, exportId, exportedAt, exportedBy, filterSummary, files);
    }

    long totalRows() {
        return files.stream().mapToLong(Entry::rows).sum();
    }
}
