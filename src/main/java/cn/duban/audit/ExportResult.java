package cn.duban.audit;

/** A finished export: its number in {@code export_record} and its manifest. */
public record ExportResult(long exportId, Manifest manifest) {

    /** One line for the auditor, e.g. for the command line. */
    public String summary() {
        return "导出完成：导出记录 #" + exportId + "，" + manifest.files().size() + " 个表，共 " + manifest.totalRows()
                + " 行；链式哈希 " + manifest.chainHash();
    }
}
