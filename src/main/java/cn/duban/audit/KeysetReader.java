package cn.duban.audit;

import cn.duban.audit.ExportTable.Key;
import cn.duban.audit.ExportTable.Renderer;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Streams one table in keyset order: pages of {@code where (time, id) > (last time, last id) order by time, id
 * limit page} — never an offset — each page one short read-only transaction, its rows fetched from a server-side
 * cursor {@code fetchSize} at a time. Memory holds one fetch, whatever the table's size.
 */
final class KeysetReader {

    /** Receives a table's column names (field names and their Chinese headers) once, then its rows as exported text. */
    interface TableSink {
        void header(List<String> columns, List<String> labels) throws IOException;

        void row(String[] values) throws IOException;
    }

    private final DataSource dataSource;
    private final int pageSize;
    private final int fetchSize;

    KeysetReader(DataSource dataSource, int pageSize, int fetchSize) {
        this.dataSource = dataSource;
        this.pageSize = pageSize;
        this.fetchSize = fetchSize;
    }

    /** @return the number of rows read */
    long read(ExportTable table, ExportFilter filter, TableSink sink) throws SQLException, IOException {
        List<Object> filterParameters = new ArrayList<>();
        String filterSql = scope(table, filter, filterParameters) + period(table, filter, filterParameters);
        boolean paged = pageSize > 0;
        String order = " order by " + String.join(", ", table.keys().stream().map(Key::expr).toList()) + (paged ? " limit ?" : "");
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
                try (PreparedStatement statement = connection.prepareStatement(table.sql() + filterSql + keyset + order,
                        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    statement.setFetchSize(fetchSize);
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        if (layout == null) {
                            layout = Layout.of(result, table);
                            sink.header(layout.names(), layout.labels());
                        }
                        while (result.next()) {
                            sink.row(layout.values(result));
                            if (paged) {
                                // read as objects (a timestamp through a Calendar): only the next page needs them
                                last = layout.keyValues(result);
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

    private static String scope(ExportTable table, ExportFilter filter, List<Object> parameters) {
        if (!filter.selectsCommitments() || table.scope() == ExportTable.Scope.PERIOD_ONLY) {
            return "";
        }
        String expr = table.scopeExpr();
        return switch (table.scope()) {
            case PROCESS_INSTANCE -> " and " + expr + " in (select sc.process_instance_id from commitment sc where "
                    + selection(filter, parameters) + ")";
            case COMMITMENT -> " and " + expr + " in (select sc.id from commitment sc where " + selection(filter, parameters) + ")";
            case BUREAU -> {
                List<String> parts = new ArrayList<>();
                if (!filter.bureaus().isEmpty()) {
                    parts.add(expr + " in (" + placeholders(filter.bureaus(), parameters) + ")");
                }
                if (!filter.commitments().isEmpty()) {
                    parts.add(expr + " in (select sc.lead_bureau_id from commitment sc where sc.id in ("
                            + placeholders(filter.commitments(), parameters) + "))");
                }
                yield " and (" + String.join(" or ", parts) + ")";
            }
            case PERIOD_ONLY -> "";
        };
    }

    /** The selected commitments: those listed, and those led by a listed bureau. */
    private static String selection(ExportFilter filter, List<Object> parameters) {
        List<String> parts = new ArrayList<>();
        if (!filter.commitments().isEmpty()) {
            parts.add("sc.id in (" + placeholders(filter.commitments(), parameters) + ")");
        }
        if (!filter.bureaus().isEmpty()) {
            parts.add("sc.lead_bureau_id in (" + placeholders(filter.bureaus(), parameters) + ")");
        }
        return String.join(" or ", parts);
    }

    private static String period(ExportTable table, ExportFilter filter, List<Object> parameters) {
        String sql = "";
        if (filter.from() != null) {
            sql += " and " + table.timeExpr() + " >= ?";
            parameters.add(Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            sql += " and " + table.timeExpr() + " < ?";
            parameters.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        return sql;
    }

    private static String placeholders(List<String> values, List<Object> parameters) {
        parameters.addAll(values);
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    /** Which result columns are exported, how each is rendered, and where the keyset columns are. */
    private record Layout(List<String> names, List<String> labels, int[] columns, int[] types, Renderer[] renderers,
            int[] keyColumns) {

        static Layout of(ResultSet result, ExportTable table) throws SQLException {
            ResultSetMetaData meta = result.getMetaData();
            List<String> names = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                // H2 reports unquoted labels in upper case, PostgreSQL in lower case
                String label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                if (!label.startsWith("x_")) {
                    names.add(label);
                    columns.add(i);
                }
            }
            int[] indexes = columns.stream().mapToInt(Integer::intValue).toArray();
            int[] types = new int[indexes.length];
            Renderer[] renderers = new Renderer[indexes.length];
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < indexes.length; i++) {
                types[i] = meta.getColumnType(indexes[i]);
                renderers[i] = table.renderers().get(names.get(i));
                labels.add(FieldNames.label(table.name(), names.get(i),
                        types[i] == java.sql.Types.TIMESTAMP || types[i] == java.sql.Types.TIMESTAMP_WITH_TIMEZONE));
            }
            int[] keys = new int[table.keys().size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = result.findColumn(table.keys().get(i).label());
            }
            return new Layout(List.copyOf(names), List.copyOf(labels), indexes, types, renderers, keys);
        }

        String[] values(ResultSet row) throws SQLException {
            String[] values = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                values[i] = renderers[i] != null ? renderers[i].render(row) : Cells.render(row, columns[i], types[i]);
            }
            return values;
        }

        Object[] keyValues(ResultSet row) throws SQLException {
            Object[] values = new Object[keyColumns.length];
            for (int i = 0; i < keyColumns.length; i++) {
                values[i] = row.getObject(keyColumns[i]);
            }
            return values;
        }
    }
}
