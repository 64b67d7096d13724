package cn.duban.audit;

import cn.duban.audit.ExportTable.Key;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Streams one table in keyset order: pages of {@code where (time, id) > (last time, last id) order by time, id
 * limit page} — never an offset — each page one short read-only transaction, its rows fetched from a server-side
 * cursor {@code fetchSize} at a time. Memory holds one fetch, whatever the table's size.
 */
final class KeysetReader implements TableReader {

    private final DataSource dataSource;
    private final int pageSize;
    private final int fetchSize;

    KeysetReader(DataSource dataSource, int pageSize, int fetchSize) {
        this.dataSource = dataSource;
        this.pageSize = pageSize;
        this.fetchSize = fetchSize;
    }

    @Override
    public long read(ExportTable table, ExportFilter filter, TableSink sink) throws SQLException, IOException {
        List<Object> filterParameters = new ArrayList<>();
        String select = TableQuery.select(table, filter, TableQuery.placeholders(filterParameters));
        boolean paged = pageSize > 0;
        String order = TableQuery.order(table) + (paged ? " limit ?" : "");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            Object[] last = null;
            Layout layout = null;
            long total = 0;
            while (true) {
                List<Object> parameters = new ArrayList<>(filterParameters);
                String keyset = last == null ? "" : " and " + after(table.keys(), 0, last, parameters);
                if (paged) {
                    parameters.add(pageSize);
                }
                int rows = 0;
                try (PreparedStatement statement = connection.prepareStatement(select + keyset + order,
                        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    statement.setFetchSize(fetchSize);
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        if (layout == null) {
                            layout = Layout.of(result.getMetaData(), table);
                            sink.header(layout.names(), layout.labels());
                        }
                        ExportRow row = new JdbcRow(result);
                        while (result.next()) {
                            sink.row(layout.values(row));
                            if (paged) {
                                // read as objects (a timestamp through a Calendar): only the next page needs them
                                last = keyValues(result, layout.keyColumns());
                            }
                            rows++;
                        }
                    }
                }
                connection.commit();
                total += rows;
                if (!paged || rows < pageSize) {
                    return total;
                }
            }
        }
    }

    /** {@code k1 >= v1 and (k1 > v1 or (k2 >= v2 and (k2 > v2 or k3 > v3)))}: index-friendly on the time column. */
    private static String after(List<Key> keys, int index, Object[] last, List<Object> parameters) {
        String expr = keys.get(index).expr();
        if (index == keys.size() - 1) {
            parameters.add(last[index]);
            return expr + " > ?";
        }
        parameters.add(last[index]);
        parameters.add(last[index]);
        return expr + " >= ? and (" + expr + " > ? or (" + after(keys, index + 1, last, parameters) + "))";
    }

    private static Object[] keyValues(ResultSet row, int[] keyColumns) throws SQLException {
        Object[] values = new Object[keyColumns.length];
        for (int i = 0; i < keyColumns.length; i++) {
            values[i] = row.getObject(keyColumns[i]);
        }
        return values;
    }
}
