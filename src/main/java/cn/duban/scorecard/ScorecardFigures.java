package cn.duban.scorecard;

import cn.duban.commitment.CommitmentProcess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts, in one aggregate query, what every bureau's commitments show for a period: report timeliness and days
 * late from the engine's task history; ratings, 督办单 and 专班 take-overs from duban's tables, closures from the
 * engine's process history. A report is late by whole days as the report itself counts them (hours late, rounded
 * up to days): until it was filed, or until the period's end when it is still missing then. Each commitment's
 * progress vs 序时进度 is capped at {@code trajectory-ceiling} before the mean. Blue (临近时限) counts as yellow.
 * Ratings are appended as they happen, so a commitment's highest rating id before the period's end is its latest
 * rating then (cheaper than a window over all ratings). Only bureaus that lead a commitment are counted. Nothing
 * is loaded per instance.
 */
@Repository
public class ScorecardFigures {

    static final String QUERY = """
            with led as (
                select c.id, c.lead_bureau_id as bureau_id, c.process_instance_id
                from commitment c where c.imported_at < :end
            ), counted as (
                select bureau_id, count(*) as commitments from led group by bureau_id
            ), due as (
                select l.bureau_id, count(*) as reports_due,
                       sum(case when t.end_time_ is not null and t.delete_reason_ = 'completed'
                                 and t.end_time_ <= t.due_date_ then 1 else 0 end) as on_time,
                       sum(case when t.end_time_ is null or t.end_time_ >= :end then 1 else 0 end) as missing,
                       sum(case when t.end_time_ is not null and t.end_time_ < :end and t.end_time_ <= t.due_date_ then 0
                                else ceiling(floor((extract(epoch from
                                         case when t.end_time_ is null or t.end_time_ >= :end then :end else t.end_time_ end)
                                     - extract(epoch from t.due_date_)) / 3600) / 24) end) as overdue_days
                from act_hi_taskinst t join led l on l.process_instance_id = t.proc_inst_id_
                where t.task_def_key_ = :reportTask and t.due_date_ >= :start and t.due_date_ < :end
                  and (t.end_time_ is null or t.end_time_ >= :end or t.delete_reason_ = 'completed')
                group by l.bureau_id
            ), latest as (
                select r.commitment_id, r.rating, r.trajectory_ratio
                from rating_record r
                join (select commitment_id, max(id) as id from rating_record where rated_at < :end group by commitment_id) m
                  on m.id = r.id
            ), ratings as (
                select l.bureau_id, count(*) as rated,
                       avg(case when r.trajectory_ratio > :ceiling then :ceiling else r.trajectory_ratio end) as avg_trajectory,
                       sum(case when r.rating = 'green' then 1 else 0 end) as green,
                       sum(case when r.rating in ('yellow', 'blue') then 1 else 0 end) as yellow,
                       sum(case when r.rating = 'red' then 1 else 0 end) as red
                from latest r join led l on l.id = r.commitment_id
                group by l.bureau_id
            ), escalations as (
                select l.bureau_id, count(*) as escalations
                from supervision_notice n join led l on l.id = n.commitment_id
                where n.plan_filed_at >= :start and n.plan_filed_at < :end
                group by l.bureau_id
            ), notices as (
                select l.bureau_id, count(*) as notices
                from supervision_notice n join led l on l.id = n.commitment_id
                where n.issued_at >= :start and n.issued_at < :end
                group by l.bureau_id
            ), closures as (
                select l.bureau_id, count(*) as closures
                from act_hi_procinst p join led l on l.process_instance_id = p.proc_inst_id_
                where p.end_act_id_ = :closedEvent and p.end_time_ >= :start and p.end_time_ < :end
                group by l.bureau_id
            )
            select c.bureau_id, c.commitments,
                   coalesce(d.reports_due, 0) as reports_due, coalesce(d.on_time, 0) as on_time,
                   coalesce(d.missing, 0) as missing, coalesce(d.overdue_days, 0) as overdue_days,
                   r.avg_trajectory, coalesce(r.rated, 0) as rated, coalesce(r.green, 0) as green,
                   coalesce(r.yellow, 0) as yellow, coalesce(r.red, 0) as red,
                   coalesce(n.notices, 0) as notices, coalesce(e.escalations, 0) as escalations,
                   coalesce(cl.closures, 0) as closures
            from counted c
            left join due d on d.bureau_id = c.bureau_id
            left join ratings r on r.bureau_id = c.bureau_id
            left join escalations e on e.bureau_id = c.bureau_id
            left join notices n on n.bureau_id = c.bureau_id
            left join closures cl on cl.bureau_id = c.bureau_id
            order by c.bureau_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    private final ScorecardProperties settings;

    ScorecardFigures(NamedParameterJdbcTemplate jdbc, ScorecardProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public List<BureauFigures> of(ScorecardPeriod period) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("start", Timestamp.valueOf(period.start()))
                .addValue("end", Timestamp.valueOf(period.end()))
                .addValue("reportTask", CommitmentProcess.TASK_FILE_PROGRESS)
                .addValue("closedEvent", CommitmentProcess.EVENT_CLOSED)
                .addValue("ceiling", settings.trajectoryCeiling());
        return jdbc.query(QUERY, parameters, (row, n) -> new BureauFigures(row.getString("bureau_id"),
                row.getInt("commitments"), row.getInt("reports_due"), row.getInt("on_time"), row.getInt("missing"),
                row.getInt("overdue_days"), fourDecimals(row.getBigDecimal("avg_trajectory")), row.getInt("rated"),
                row.getInt("green"), row.getInt("yellow"), row.getInt("red"), row.getInt("notices"), row.getInt("escalations"),
                row.getInt("closures")));
    }

    /** As stored and hashed, so the published figures give the published score again. */
    private static BigDecimal fourDecimals(BigDecimal mean) {
        return mean == null ? null : mean.setScale(4, RoundingMode.HALF_UP);
    }
}
