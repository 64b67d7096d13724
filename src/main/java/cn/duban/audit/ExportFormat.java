package cn.duban.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of an audit export. CSV and JSON Lines are ZIP archives of one file per table; XLSX is one workbook. */
public enum ExportFormat {

    /** ZIP of one UTF-8 CSV file per table (with BOM, so Excel reads Chinese correctly) and {@code manifest.json}. */
    CSV("csv", "zip", "application/zip"),
    /** One workbook, one sheet per table, the manifest on the last sheet. */
    XLSX("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** ZIP of one JSON Lines file per table (one JSON object per row) and {@code manifest.json}. */
    JSONL("jsonl", "zip", "application/zip");

    private final String id;
    private final String extension;
    private final String contentType;

    ExportFormat(String id, String extension, String contentType) {
        this.id = id;
        this.extension = extension;
        this.contentType = contentType;
    }

    public static Optional<ExportFormat> of(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.id.equals(wanted)).findFirst();
    }

    public String id() {
        return id;
    }

    /** The download's file name extension: {@code zip} for the archive formats. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
