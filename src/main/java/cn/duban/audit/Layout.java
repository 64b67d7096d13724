package cn.duban.audit;

import cn.duban.audit.ExportTable.Renderer;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which columns of a table's select are exported, under which field names and Chinese headers, and how each is
 * rendered; where its keyset columns and its labelled columns are. Labels starting with {@code x_} are helpers
 * renderers read, not exported.
 */
record Layout(List<String> names, List<String> labels, int[] columns, int[] types, Renderer[] renderers, int[] keyColumns,
        Map<String, Integer> positions) {

    static Layout of(ResultSetMetaData meta, ExportTable table) throws SQLException {
        List<String> names = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            // H2 reports unquoted labels in upper case, PostgreSQL in lower case
            String label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            positions.putIfAbsent(label, i);
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
                    types[i] == Types.TIMESTAMP || types[i] == Types.TIMESTAMP_WITH_TIMEZONE));
        }
        int[] keys = new int[table.keys().size()];
        for (int i = 0; i < keys.length; i++) {
            String key = table.keys().get(i).label();
            Integer position = positions.get(key);
            if (position == null) {
                throw new IllegalStateException("导出表 " + table.name() + " 缺少键列 " + key);
            }
            keys[i] = position;
        }
        return new Layout(List.copyOf(names), List.copyOf(labels), indexes, types, renderers, keys, Map.copyOf(positions));
    }

    /** The 1-based position of a labelled column, helpers included. */
    int position(String label) {
        Integer position = positions.get(label.toLowerCase(Locale.ROOT));
        if (position == null) {
            throw new IllegalArgumentException("导出表中没有列 " + label);
        }
        return position;
    }

    String[] values(ExportRow row) throws SQLException {
        String[] values = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = renderers[i] != null ? renderers[i].render(row) : row.cell(columns[i], types[i]);
        }
        return values;
    }
}
