package cn.duban.audit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Reads one table on PostgreSQL with {@code COPY (select …) TO STDOUT}: the server streams the rows as fast as the
 * client takes them, where a cursor waits for the client to ask for each next fetch (docs/benchmarks.md, audit
 * export run 7). The same select, filter and order as {@link KeysetReader}, its values written as literals because
 * {@code COPY} takes no parameters; the columns' types come from describing the select.
 */
final class CopyReader implements TableReader {

    private final DataSource dataSource;

    CopyReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long read(ExportTable table, ExportFilter filter, TableSink sink) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            PGConnection postgres = connection.unwrap(PGConnection.class);
            String sql = TableQuery.select(table, filter, value -> literal(postgres, value)) + TableQuery.order(table);
            Layout layout;
            int columns;
            try (PreparedStatement describe = connection.prepareStatement(sql)) {
                java.sql.ResultSetMetaData meta = describe.getMetaData();
                layout = Layout.of(meta, table);
                columns = meta.getColumnCount();
            }
            sink.header(layout.names(), layout.labels());
            long rows = 0;
            CopyOut copy = postgres.getCopyAPI().copyOut("COPY (" + sql + ") TO STDOUT");
            try {
                byte[] line;
                while ((line = copy.readFromCopy()) != null) {
                    sink.row(layout.values(CopyRow.parse(line, columns, layout)));
                    rows++;
                }
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            connection.commit();
            return rows;
        }
    }

    /** The filter's values: ids as escaped string literals, the period's bounds as timestamps written here. */
    private static String literal(PGConnection postgres, Object value) {
        try {
            if (value instanceof String text) {
                return "'" + postgres.escapeLiteral(text) + "'";
            }
            if (value instanceof java.sql.Timestamp time) {
                return "timestamp '" + Cells.time(time) + "'";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("审计导出无法写出筛选条件：" + e.getMessage(), e);
        }
        throw new IllegalArgumentException("审计导出的筛选条件不支持 " + value.getClass().getSimpleName());
    }
}
