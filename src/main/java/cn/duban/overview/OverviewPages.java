package cn.duban.overview;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.dispatch.DispatchMode;
import cn.duban.dispatch.Rating;
import cn.duban.ledger.Direction;
import cn.duban.ledger.Kind;
import cn.duban.system.DatabaseVendor;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The 督办总览 as the database computes it from {@code commitment_standing}: the counts of what the caller may see,
 * how many of them the filter keeps, the ids of the page asked for in the order asked for, and the filter options.
 * A call reads one narrow row per visible commitment and builds only the page's rows ({@link OverviewRows#byIds}),
 * whatever the size of the ledger. It answers as {@link OverviewFilter#apply} does on the full rows (the Excel
 * download's path), which the tests hold it to.
 */
@Repository
class OverviewPages {

    /** What the overview shows at the top: counts over every commitment the caller may see, and the filter's total. */
    record Summary(long visible, Map<String, Long> ratings, Map<String, Long> states, long overdue, long taskForce,
            long matching) {
    }

    /** The derived table's columns that come from the ledger: asked for, they join {@code commitment}. */
    private static final Set<String> LEDGER_COLUMNS = Set.of("title", "section_id", "bureau_name", "leader_id", "kind_order");

    private final NamedParameterJdbcTemplate jdbc;
    private final DatabaseVendor vendor;

    OverviewPages(NamedParameterJdbcTemplate jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    Summary summary(Visibility.Scope scope, OverviewFilter filter, Instant now, LocalDate today) {
        MapSqlParameterSource parameters = parameters(scope, now, today);
        String sql = "select v.rating, v.status, case when v.days_overdue > 0 then 1 else 0 end as overdue, v.task_force,"
                + " count(*) as n, sum(case when " + conditions(filter, parameters) + " then 1 else 0 end) as matching"
                + " from (" + derived(scope, filter) + ") v"
                + " group by v.rating, v.status, case when v.days_overdue > 0 then 1 else 0 end, v.task_force";
        Map<String, Long> ratings = new LinkedHashMap<>();
        for (String code : List.of("red", "yellow", "blue", "green", OverviewFilter.NO_RATING)) {
            ratings.put(code, 0L);
        }
        Map<String, Long> states = new LinkedHashMap<>();
        for (CommitmentStatus status : CommitmentStatus.values()) {
            states.put(status.code(), 0L);
        }
        long[] totals = new long[4];
        jdbc.query(sql, parameters, (ResultSet row) -> {
            long n = row.getLong("n");
            String rating = row.getString("rating");
            ratings.merge(rating == null ? OverviewFilter.NO_RATING : rating, n, Long::sum);
            states.merge(row.getString("status"), n, Long::sum);
            totals[0] += n;
            totals[1] += row.getInt("overdue") == 1 ? n : 0;
            totals[2] += row.getInt("task_force") == 1 ? n : 0;
            totals[3] += row.getLong("matching");
        });
        return new Summary(totals[0], ratings, states, totals[1], totals[2], totals[3]);
    }

    /** The ids of the filter's page, in its order: nulls last either way, then by id. */
    List<String> pageIds(Visibility.Scope scope, OverviewFilter filter, Instant now, LocalDate today) {
        MapSqlParameterSource parameters = parameters(scope, now, today)
                .addValue("size", filter.size()).addValue("offset", (long) (filter.page() - 1) * filter.size());
        String sort = ordered("v." + filter.sort().column(), filter.sort().text());
        String direction = filter.descending() ? " desc" : " asc";
        String sql = "select v.id from (" + derived(scope, filter) + ") v where " + conditions(filter, parameters)
                + " order by " + sort + direction + " nulls last, " + ordered("v.id", true) + " asc"
                + " limit :size offset :offset";
        return jdbc.queryForList(sql, parameters, String.class);
    }

    /**
     * The bureaus, sections and leaders of the commitments the caller may see, for the filter's choices: for the whole
     * ledger each bureau, leader and section is an index probe.
     */
    Map<String, Object> options(Visibility.Scope scope) {
        MapSqlParameterSource parameters = parameters(scope, null, null);
        Function<String, List<Map<String, String>>> list = sql -> jdbc.query(sql, parameters,
                (row, n) -> Map.of("id", row.getString(1), "name", row.getString(2)));
        Map<String, Object> options = new LinkedHashMap<>();
        if (scope.everything()) {
            options.put("bureaus", sorted(list.apply("""
                    select b.id, b.short_name from bureau b where exists (select 1 from commitment c where c.lead_bureau_id = b.id)""")));
            // one probe of the section index per section rather than a read of every commitment
            options.put("sections", sorted(list.apply("""
                    with recursive sections (section_id) as (
                        select min(section_id) from commitment
                        union all
                        select (select min(c.section_id) from commitment c where c.section_id > s.section_id)
                        from sections s where s.section_id is not null)
                    select s.section_id, (select min(c.section_name) from commitment c where c.section_id = s.section_id)
                    from sections s where s.section_id is not null""")));
            options.put("leaders", sorted(list.apply("""
                    select l.id, l.title from leader l where exists (select 1 from commitment c where c.leader_id = l.id)""")));
            return options;
        }
        String mine = OverviewRows.MINE;
        options.put("bureaus", sorted(list.apply("""
                select c.lead_bureau_id, min(b.short_name) from commitment c join bureau b on b.id = c.lead_bureau_id %s
                group by c.lead_bureau_id""".formatted(mine))));
        options.put("sections", sorted(list.apply("""
                select c.section_id, min(c.section_name) from commitment c %s group by c.section_id""".formatted(mine))));
        options.put("leaders", sorted(list.apply("""
                select c.leader_id, min(l.title) from commitment c join leader l on l.id = c.leader_id %s
                group by c.leader_id""".formatted(mine))));
        return options;
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> options) {
        Map<String, Map<String, String>> byId = new TreeMap<>();
        options.forEach(option -> byId.put(option.get("id"), option));
        return List.copyOf(byId.values());
    }

    private static MapSqlParameterSource parameters(Visibility.Scope scope, Instant now, LocalDate today) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                // an empty IN list is no valid SQL; a group id never contains a space
                .addValue("groups", scope.groups().isEmpty() ? List.of(" ") : scope.groups());
        if (now != null) {
            parameters.addValue("now", Timestamp.from(now)).addValue("today", java.sql.Date.valueOf(today))
                    .addValue("closedEvent", CommitmentProcess.EVENT_CLOSED)
                    .addValue("unfinishedEvent", CommitmentProcess.EVENT_OVERDUE_UNFINISHED);
        }
        return parameters;
    }

    /**
     * One row per visible commitment with every value the filter and sort may read, from its standing; the ledger's
     * columns (and the bureau's and leader's names) are joined only when the filter or sort reads them.
     */
    private static String derived(Visibility.Scope scope, OverviewFilter filter) {
        boolean names = filter.text() != null || filter.sort() == OverviewSort.BUREAU;
        boolean ledger = names || filter.bureau() != null || filter.section() != null || filter.leader() != null
                || LEDGER_COLUMNS.contains(filter.sort().column());
        String ended = "s.ended_at is not null";
        String deadline = "coalesce(s.baseline_deadline, s.ledger_deadline)";
        String overdue = "s.ended_at is null and s.next_due_at is not null and s.next_opens_at <= :now and s.next_due_at < :now";
        // CommitmentStatus.of: closed at 办结销号, unfinished at 逾期未完成 or, without an end activity, past the deadline in force
        String status = "case when s.end_activity = :closedEvent then '" + CommitmentStatus.CLOSED.code() + "'"
                + " when s.end_activity = :unfinishedEvent or s.end_activity is null and " + deadline + " < :today"
                + " then '" + CommitmentStatus.UNFINISHED.code() + "' else '" + CommitmentStatus.RUNNING.code() + "' end";
        List<String> columns = new ArrayList<>(List.of("s.commitment_id as id", "s.rating",
                caseOf("s.rating", Rating.values(), Rating::code, rating -> String.valueOf(OverviewSort.severity(rating)), "null")
                        + " as rating_order",
                "s.percent_of_target", "s.trajectory_ratio",
                caseOf("s.dispatch_mode", DispatchMode.values(), DispatchMode::code, mode -> String.valueOf(mode.ordinal()),
                        String.valueOf(DispatchMode.MONTHLY.ordinal())) + " as mode_order",
                "case when " + ended + " then null else s.next_due_at end as next_due_at",
                "case when " + overdue + " then greatest(1, floor((extract(epoch from cast(:now as timestamp))"
                        + " - extract(epoch from s.next_due_at)) / 86400)) else 0 end as days_overdue",
                "s.open_notices", "s.baseline_version", status + " as status",
                caseOf("(" + status + ")", CommitmentStatus.values(), CommitmentStatus::code,
                        state -> String.valueOf(state.ordinal()), "null") + " as status_order",
                deadline + " as deadline",
                "case when s.ledger_task_force or s.task_forces > 0 then 1 else 0 end as task_force"));
        StringBuilder from = new StringBuilder(" from commitment_standing s");
        if (ledger) {
            columns.addAll(List.of("c.title", "c.section_id", "c.section_name", "c.lead_bureau_id", "c.leader_id",
                    caseOf("c.kind", Kind.values(), Kind::name, kind -> String.valueOf(kind.ordinal()), "null") + " as kind_order"));
            from.append(" join commitment c on c.id = s.commitment_id");
        }
        if (names) {
            columns.addAll(List.of("b.short_name as bureau_name", "l.title as leader_title",
                    "case when c.target_text is null then " + caseOf("c.kind", Kind.values(), Kind::name,
                            kind -> literal(kind.label()), "''") + " else " + caseOf("c.direction", Direction.values(),
                            Direction::name, direction -> literal(direction.label()), "''") + " || c.target_text end as target_text"));
            from.append(" join bureau b on b.id = c.lead_bureau_id join leader l on l.id = c.leader_id");
        }
        if (!scope.everything()) {
            from.append(" where s.commitment_id in (").append(OverviewRows.MY_IDS).append(")");
        }
        return "select " + String.join(", ", columns) + from;
    }

    /** The filter as SQL over the derived table's columns; its values become parameters, never text of the query. */
    private static String conditions(OverviewFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        if (filter.bureau() != null) {
            parameters.addValue("bureau", filter.bureau());
            conditions.add("(v.lead_bureau_id = :bureau or exists (select 1 from commitment_co_bureau cb"
                    + " where cb.commitment_id = v.id and cb.bureau_id = :bureau))");
        }
        if (filter.section() != null) {
            parameters.addValue("section", filter.section());
            conditions.add("v.section_id = :section");
        }
        if (filter.leader() != null) {
            parameters.addValue("leader", filter.leader());
            conditions.add("v.leader_id = :leader");
        }
        if (filter.rating() != null) {
            if (OverviewFilter.NO_RATING.equals(filter.rating())) {
                conditions.add("v.rating is null");
            } else {
                parameters.addValue("rating", filter.rating());
                conditions.add("v.rating = :rating");
            }
        }
        if (filter.status() != null) {
            parameters.addValue("status", filter.status().code());
            conditions.add("v.status = :status");
        }
        if (filter.overdue() != null) {
            conditions.add(filter.overdue() ? "v.days_overdue > 0" : "v.days_overdue = 0");
        }
        if (filter.taskForce() != null) {
            conditions.add("v.task_force = " + (filter.taskForce() ? 1 : 0));
        }
        if (filter.text() != null) {
            parameters.addValue("text", "%" + filter.text().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            conditions.add(List.of("v.id", "v.title", "v.bureau_name", "v.leader_title", "v.section_name", "v.target_text")
                    .stream().map(column -> "lower(" + column + ") like :text escape '!'")
                    .collect(Collectors.joining(" or ", "(", ")")));
        }
        return String.join(" and ", conditions);
    }

    /** A text column ordered by code point, as Java orders strings: PostgreSQL otherwise follows its collation. */
    private String ordered(String column, boolean text) {
        return text && vendor.postgresql() ? column + " collate \"C\"" : column;
    }

    private static <E> String caseOf(String column, E[] values, Function<E, String> stored, Function<E, String> result,
            String otherwise) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (E value : values) {
            sql.append(" when ").append(literal(stored.apply(value))).append(" then ").append(result.apply(value));
        }
        return sql.append(" else ").append(otherwise).append(" end").toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
