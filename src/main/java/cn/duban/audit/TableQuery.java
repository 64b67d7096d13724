package cn.duban.audit;

import cn.duban.audit.ExportTable.Key;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The select of one table restricted to an export's filter: {@code table.sql()} and the filter's conditions, whose
 * values are written by a binder — a {@code ?} collecting the value for a prepared statement, or a literal where
 * the statement cannot take parameters ({@code COPY}).
 */
final class TableQuery {

    private final ExportTable table;
    private final Function<Object, String> binder;

    private TableQuery(ExportTable table, Function<Object, String> binder) {
        this.table = table;
        this.binder = binder;
    }

    /** {@code select … where …} with the filter's conditions, without order. */
    static String select(ExportTable table, ExportFilter filter, Function<Object, String> binder) {
        TableQuery query = new TableQuery(table, binder);
        return table.sql() + query.scope(filter) + query.period(filter);
    }

    /** {@code  order by} the table's keys. */
    static String order(ExportTable table) {
        return " order by " + String.join(", ", table.keys().stream().map(Key::expr).toList());
    }

    /** A binder for a prepared statement: each value becomes a {@code ?} and is added to {@code parameters}. */
    static Function<Object, String> placeholders(List<Object> parameters) {
        return value -> {
            parameters.add(value);
            return "?";
        };
    }

    private String scope(ExportFilter filter) {
        if (!filter.selectsCommitments() || table.scope() == ExportTable.Scope.PERIOD_ONLY) {
            return "";
        }
        String expr = table.scopeExpr();
        return switch (table.scope()) {
            case PROCESS_INSTANCE -> " and " + expr + " in (select sc.process_instance_id from commitment sc where "
                    + selection(filter) + ")";
            case COMMITMENT -> " and " + expr + " in (select sc.id from commitment sc where " + selection(filter) + ")";
            case BUREAU -> {
                List<String> parts = new ArrayList<>();
                if (!filter.bureaus().isEmpty()) {
                    parts.add(expr + " in (" + values(filter.bureaus()) + ")");
                }
                if (!filter.commitments().isEmpty()) {
                    parts.add(expr + " in (select sc.lead_bureau_id from commitment sc where sc.id in ("
                            + values(filter.commitments()) + "))");
                }
                yield " and (" + String.join(" or ", parts) + ")";
            }
            case PERIOD_ONLY -> "";
        };
    }

    /** The selected commitments: those listed, and those led by a listed bureau. */
    private String selection(ExportFilter filter) {
        List<String> parts = new ArrayList<>();
        if (!filter.commitments().isEmpty()) {
            parts.add("sc.id in (" + values(filter.commitments()) + ")");
        }
        if (!filter.bureaus().isEmpty()) {
            parts.add("sc.lead_bureau_id in (" + values(filter.bureaus()) + ")");
        }
        return String.join(" or ", parts);
    }

    private String period(ExportFilter filter) {
        String sql = "";
        if (filter.from() != null) {
            sql += " and " + table.timeExpr() + " >= " + binder.apply(Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            sql += " and " + table.timeExpr() + " < " + binder.apply(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        return sql;
    }

    private String values(List<String> values) {
        return String.join(", ", values.stream().map(binder).toList());
    }
}
