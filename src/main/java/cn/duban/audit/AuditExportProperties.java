package cn.duban.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the audit export reads the database.
 *
 * @param pageSize  rows per keyset page: each page is one short read-only transaction; 0: each table one query,
 *                  streamed through the cursor in one read-only transaction
 * @param fetchSize rows the JDBC driver fetches per round trip within a page (a server-side cursor on PostgreSQL)
 * @param compressionLevel deflate level of the ZIP entries and the XLSX workbook, 1 (fastest) to 9 (smallest); 6 is
 *                  gzip's default. Deflating is most of the export's own CPU work (docs/benchmarks.md)
 */
@ConfigurationProperties(prefix = AuditExportProperties.PREFIX)
public record AuditExportProperties(int pageSize, int fetchSize, @DefaultValue("6") int compressionLevel) {

    public static final String PREFIX = "duban.audit.export";

    public AuditExportProperties {
        if (pageSize < 0 || fetchSize < 1) {
            throw new IllegalArgumentException(PREFIX + ".page-size 不能为负数，fetch-size 必须为正数");
        }
        if (compressionLevel < 1 || compressionLevel > 9) {
            throw new IllegalArgumentException(PREFIX + ".compression-level 必须在 1 到 9 之间，当前为 " + compressionLevel);
        }
    }
}
