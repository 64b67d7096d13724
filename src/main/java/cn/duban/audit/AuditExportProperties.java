package cn.duban.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the audit export reads the database.
 *
 * @param pageSize  rows per keyset page: each page is one short read-only transaction; 0: each table one query,
 *                  streamed through the cursor in one read-only transaction
 * @param fetchSize rows the JDBC driver fetches per round trip within a page (a server-side cursor on PostgreSQL)
 */
@ConfigurationProperties(prefix = AuditExportProperties.PREFIX)
public record AuditExportProperties(int pageSize, int fetchSize) {

    public static final String PREFIX = "duban.audit.export";

    public AuditExportProperties {
        if (pageSize < 0 || fetchSize < 1) {
            throw new IllegalArgumentException(PREFIX + ".page-size 不能为负数，fetch-size 必须为正数");
        }
    }
}
