package cn.duban.standing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps {@code commitment_standing}, one row per commitment with what the 督办总览 counts, filters and sorts by: the
 * latest rating and report, the dispatch mode, the next report period not yet filed, the 督办单 open and answered and
 * the baseline in force. Every writer of those tables calls {@link #refresh} in its own transaction, so the row is
 * never older than what the writer committed. How the process ended comes from the engine's own history event
 * ({@link ProcessEndsRecorded}).
 */
@Repository
public class CommitmentStandings {

    private static final String RECOMPUTE = """
            update commitment_standing set
                rating = (select r.rating from rating_record r where r.commitment_id = :id
                          order by r.rated_at desc, r.id desc limit 1),
                percent_of_target = (select p.percent_of_target from progress_report p where p.commitment_id = :id
                                     order by p.reported_at desc, p.id desc limit 1),
                trajectory_ratio = (select p.trajectory_ratio from progress_report p where p.commitment_id = :id
                                    order by p.reported_at desc, p.id desc limit 1),
                dispatch_mode = (select d.dispatch_mode from dispatch_state d where d.commitment_id = :id),
                next_due_at = (select min(rp.due_at) from report_period rp where rp.commitment_id = :id and rp.filed_at is null),
                next_opens_at = (select min(rp.opens_at) from report_period rp where rp.commitment_id = :id and rp.filed_at is null),
                open_notices = (select count(*) from supervision_notice n where n.commitment_id = :id and n.plan_filed_at is null),
                task_forces = (select count(*) from supervision_notice n where n.commitment_id = :id and n.plan_filed_at is not null),
                baseline_version = coalesce((select max(b.version) from commitment_baseline b where b.commitment_id = :id), 0),
                baseline_deadline = (select b.deadline from commitment_baseline b where b.commitment_id = :id
                                     order by b.version desc limit 1)
            where commitment_id = :id""";

    private final NamedParameterJdbcTemplate jdbc;

    CommitmentStandings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The row of a commitment the ledger import is creating, before anything is written about it; the ledger's
     * deadline and 专班 flag are never changed by a later import.
     */
    public void create(String commitmentId, LocalDate deadline, boolean taskForce) {
        jdbc.update("""
                insert into commitment_standing (commitment_id, ledger_deadline, ledger_task_force)
                values (:id, :deadline, :taskForce)""", new MapSqlParameterSource("id", commitmentId)
                .addValue("deadline", java.sql.Date.valueOf(deadline)).addValue("taskForce", taskForce));
    }

    /** The engine's history says the commitment's process ended, at this activity (none when it was cancelled). */
    public void ended(String processInstanceId, String endActivity, Instant endedAt) {
        jdbc.update("""
                update commitment_standing set ended_at = :endedAt, end_activity = :endActivity
                where commitment_id = (select id from commitment where process_instance_id = :instance)""",
                new MapSqlParameterSource("instance", processInstanceId).addValue("endActivity", endActivity)
                        .addValue("endedAt", Timestamp.from(endedAt)));
    }

    /**
     * Recomputes the commitment's row from its reports, ratings, periods, 督办单 and baselines. The row is locked first
     * and read again in a statement of its own: under READ COMMITTED a statement sees what was committed when it began,
     * so two transactions writing about the same commitment at once cannot leave the earlier one's view behind.
     */
    public void refresh(String commitmentId) {
        Map<String, String> id = Map.of("id", commitmentId);
        jdbc.queryForList("select commitment_id from commitment_standing where commitment_id = :id for update", id, String.class);
        jdbc.update(RECOMPUTE, id);
    }
}
