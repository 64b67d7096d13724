package cn.duban.overview;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.dispatch.DispatchMode;
import cn.duban.dispatch.Rating;
import cn.duban.ledger.Amounts;
import cn.duban.ledger.Direction;
import cn.duban.ledger.Kind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every commitment a caller may see with where it stands, in one query over duban's tables: the latest report and
 * rating, the open report period, 督办单 and the baseline in force computed from their own tables, and how its process
 * ended as its standing recorded it. Nothing is loaded per commitment. The overview's page uses it for the rows it
 * shows ({@link #byIds}), the Excel download for every row.
 */
@Repository
class OverviewRows {

    /**
     * The commitments a bureau or leader may see, as three index lookups: an {@code or} of the three conditions (or
     * of a parameter meaning "everything") made PostgreSQL read every commitment and look up its co-bureaus.
     */
    static final String MY_IDS = """
            select id from commitment where lead_bureau_id in (:groups)
            union select id from commitment where leader_id in (:groups)
            union select commitment_id from commitment_co_bureau where bureau_id in (:groups)""";

    static final String MINE = "where c.id in (" + MY_IDS + ")";

    static final String QUERY = """
            with visible as (
                select c.id, c.title, c.section_id, c.section_name, c.lead_bureau_id, c.leader_id, c.kind, c.target_text,
                       c.target_unit, c.direction, c.deadline, c.task_force, c.process_instance_id
                from commitment c
                %s
            ), latest_report as (
                select commitment_id, period, cumulative_value, progress_status, planned_value, planned_status,
                       percent_of_target, trajectory_ratio,
                       row_number() over (partition by commitment_id order by reported_at desc, id desc) as recency
                from progress_report where commitment_id in (select id from visible)
            ), latest_rating as (
                select commitment_id, rating, reason,
                       row_number() over (partition by commitment_id order by rated_at desc, id desc) as recency
                from rating_record where commitment_id in (select id from visible)
            ), open_period as (
                select commitment_id, min(due_at) as due_at, min(opens_at) as opens_at
                from report_period where filed_at is null and commitment_id in (select id from visible)
                group by commitment_id
            ), notices as (
                select commitment_id, count(*) as notices,
                       sum(case when plan_filed_at is null then 1 else 0 end) as open_notices,
                       sum(case when plan_filed_at is not null then 1 else 0 end) as task_forces
                from supervision_notice where commitment_id in (select id from visible)
                group by commitment_id
            ), baselines as (
                select commitment_id, max(version) as version from commitment_baseline
                where commitment_id in (select id from visible) group by commitment_id
            )
            select v.id, v.title, v.section_id, v.section_name, v.lead_bureau_id, b.short_name as lead_bureau_name,
                   v.leader_id, l.title as leader_title, v.kind, v.target_text, v.target_unit, v.direction, v.deadline, v.task_force,
                   v.process_instance_id,
                   r.period, r.cumulative_value, r.progress_status, r.planned_value, r.planned_status, r.percent_of_target,
                   r.trajectory_ratio, rt.rating, rt.reason as rating_reason, d.dispatch_mode, op.due_at as next_due_at, op.opens_at as next_opens_at,
                   coalesce(n.notices, 0) as notices, coalesce(n.open_notices, 0) as open_notices,
                   coalesce(n.task_forces, 0) as task_forces, coalesce(bl.version, 0) as baseline_version,
                   st.ended_at, st.end_activity,
                   (select bd.deadline from commitment_baseline bd where bd.commitment_id = v.id and bd.version = bl.version) as baseline_deadline
            from visible v
            join bureau b on b.id = v.lead_bureau_id
            join leader l on l.id = v.leader_id
            left join latest_report r on r.commitment_id = v.id and r.recency = 1
            left join latest_rating rt on rt.commitment_id = v.id and rt.recency = 1
            left join dispatch_state d on d.commitment_id = v.id
            left join open_period op on op.commitment_id = v.id
            left join notices n on n.commitment_id = v.id
            left join baselines bl on bl.commitment_id = v.id
            left join commitment_standing st on st.commitment_id = v.id
            order by v.id
            """;

    static final String CO_BUREAUS = """
            select cb.commitment_id, cb.bureau_id from commitment_co_bureau cb
            join commitment c on c.id = cb.commitment_id
            %s
            order by cb.commitment_id, cb.bureau_id
            """;

    static final String CO_BUREAUS_OF = """
            select cb.commitment_id, cb.bureau_id from commitment_co_bureau cb where cb.commitment_id in (:ids)
            order by cb.commitment_id, cb.bureau_id""";

    private final NamedParameterJdbcTemplate jdbc;

    OverviewRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OverviewRow> visibleTo(Visibility.Scope scope, Instant now, LocalDate today) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                // an empty IN list is no valid SQL; a group id never contains a space
                .addValue("groups", scope.groups().isEmpty() ? List.of(" ") : scope.groups());
        String visible = scope.everything() ? "" : MINE;
        return rows(visible, CO_BUREAUS.formatted(visible), parameters, now, today);
    }

    /** The rows of these commitments, in the order of {@code ids}; the caller has chosen ids it may see. */
    List<OverviewRow> byIds(List<String> ids, Instant now, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, OverviewRow> byId = new java.util.HashMap<>();
        rows("where c.id in (:ids)", CO_BUREAUS_OF, new MapSqlParameterSource("ids", ids), now, today)
                .forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<OverviewRow> rows(String visible, String coBureauQuery, MapSqlParameterSource parameters, Instant now,
            LocalDate today) {
        java.util.Map<String, List<String>> coBureaus = new java.util.HashMap<>();
        jdbc.query(coBureauQuery, parameters, (ResultSet row) -> {
            coBureaus.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
        });
        return jdbc.query(QUERY.formatted(visible), parameters,
                (row, n) -> map(row, coBureaus.getOrDefault(row.getString("id"), List.of()), now, today));
    }

    /** The commitments of these process instances that the caller may see, by process instance id. */
    java.util.Map<String, OverdueTasks.Commitment> ofInstances(Visibility.Scope scope, List<String> instanceIds) {
        java.util.Map<String, OverdueTasks.Commitment> commitments = new java.util.HashMap<>();
        String condition = (scope.everything() ? "where" : MINE + " and") + " c.process_instance_id in (:instances)";
        for (int from = 0; from < instanceIds.size(); from += 1000) {
            MapSqlParameterSource parameters = new MapSqlParameterSource()
                    .addValue("groups", scope.groups().isEmpty() ? List.of(" ") : scope.groups())
                    .addValue("instances", instanceIds.subList(from, Math.min(instanceIds.size(), from + 1000)));
            jdbc.query("select c.id, c.title, c.process_instance_id from commitment c " + condition, parameters,
                    (ResultSet row) -> {
                        commitments.put(row.getString(3), new OverdueTasks.Commitment(row.getString(1), row.getString(2)));
                    });
        }
        return commitments;
    }

    boolean sectionExists(String sectionId) {
        return Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject(
                "select exists (select 1 from commitment where section_id = ?)", Boolean.class, sectionId));
    }

    private static OverviewRow map(ResultSet row, List<String> coBureaus, Instant now, LocalDate today) throws SQLException {
        Kind kind = Kind.valueOf(row.getString("kind"));
        String unit = row.getString("target_unit");
        String targetText = row.getString("target_text");
        BigDecimal value = row.getBigDecimal("cumulative_value");
        BigDecimal planned = row.getBigDecimal("planned_value");
        String latest = value != null ? Amounts.inTermsOf(value, targetText, unit) : row.getString("progress_status");
        String plannedText = planned != null ? Amounts.inTermsOf(planned, targetText, unit) : row.getString("planned_status");
        String rating = row.getString("rating");
        String mode = row.getString("dispatch_mode");
        Timestamp due = row.getTimestamp("next_due_at");
        Timestamp ended = row.getTimestamp("ended_at");
        java.sql.Date baselineDeadline = row.getDate("baseline_deadline");
        LocalDate deadline = baselineDeadline != null ? baselineDeadline.toLocalDate() : row.getDate("deadline").toLocalDate();
        Instant dueAt = ended == null && due != null ? due.toInstant() : null;
        // a period still waiting to open has no task yet, so nothing of it can be late
        boolean opened = dueAt != null && !row.getTimestamp("next_opens_at").toInstant().isAfter(now);
        int daysOverdue = opened && dueAt.isBefore(now) ? (int) Math.max(1, Duration.between(dueAt, now).toDays()) : 0;
        return new OverviewRow(row.getString("id"), row.getString("title"), row.getString("section_id"),
                row.getString("section_name"), row.getString("lead_bureau_id"), row.getString("lead_bureau_name"),
                List.copyOf(coBureaus), row.getString("leader_id"), row.getString("leader_title"), kind,
                targetText == null ? kind.label() : directionOf(row.getString("direction")) + targetText, deadline, latest == null ? "" : latest, row.getString("period"),
                row.getBigDecimal("percent_of_target"), plannedText == null ? "" : plannedText,
                row.getBigDecimal("trajectory_ratio"), rating == null ? null : Rating.of(rating), row.getString("rating_reason"),
                mode == null ? DispatchMode.MONTHLY : DispatchMode.of(mode), dueAt, daysOverdue, row.getInt("notices"),
                row.getInt("open_notices"), row.getInt("baseline_version"),
                row.getBoolean("task_force") || row.getInt("task_forces") > 0,
                CommitmentStatus.of(ended == null ? null : row.getString("end_activity"), deadline, today),
                row.getString("process_instance_id"));
    }

    private static String directionOf(String direction) {
        return direction == null ? "" : Direction.valueOf(direction).label();
    }


}
