package cn.duban.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One exported table: a query whose column labels are the exported columns (labels starting with {@code x_} are
 * helpers, not exported), read in keyset order.
 *
 * @param name       file name, e.g. {@code task_instance}
 * @param sheet      XLSX sheet name, in Chinese (at most 31 characters, none of {@code / \\ ? * [ ] :}), e.g. {@code 任务实例}
 * @param title      what it is, in Chinese, for the manifest
 * @param sql        {@code select … from … where …}: the filter, keyset and order are appended
 * @param keys       the keyset, unique per row, time first: {@code where (time, id) > (last time, last id)}
 * @param timeExpr   the row's time, which the period filter restricts
 * @param scope      how a selection of commitments restricts the rows
 * @param scopeExpr  the column the scope compares
 * @param renderers  exported columns computed from several database columns, by label
 */
record ExportTable(String name, String sheet, String title, String sql, List<Key> keys, String timeExpr, Scope scope,
        String scopeExpr, Map<String, Renderer> renderers) {

    /** A keyset column: its SQL expression and its label in the result. */
    record Key(String expr, String label) {
    }

    enum Scope {
        /** rows of the selected commitments' process instances (expr: a root process instance id) */
        PROCESS_INSTANCE,
        /** rows of the selected commitments (expr: a commitment id) */
        COMMITMENT,
        /** rows of the listed bureaus and of the selected commitments' lead bureaus (expr: a bureau id) */
        BUREAU,
        /** not restricted by commitment or bureau, only by period */
        PERIOD_ONLY
    }

    @FunctionalInterface
    interface Renderer {
        String render(ResultSet row) throws SQLException;
    }

    /** The column of the row's own time; null for a table without one (the data dictionary). */
    String timeLabel() {
        return keys.isEmpty() ? null : keys.get(0).label();
    }
}
