package cn.duban.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * 延期/调整 requests as filed, reviewed and decided: what is applied is what the bureau asked for and the reviewers
 * saw, whatever later forms write into the instance.
 */
@Repository
public class ChangeRequests {

    private final JdbcTemplate jdbc;

    ChangeRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void file(String commitmentId, String processInstanceId, LocalDate newDeadline, BigDecimal newTarget, String reason,
            String requestedBy, Instant at) {
        jdbc.update("""
                insert into change_request (commitment_id, process_instance_id, new_deadline, new_target, reason, requested_by,
                    requested_at) values (?, ?, ?, ?, ?, ?, ?)""",
                commitmentId, processInstanceId, newDeadline, newTarget, reason, requestedBy, Timestamp.from(at));
    }

    void review(String processInstanceId, String decision, String comment, String reviewer, Instant at) {
        jdbc.update("""
                update change_request set review_decision = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?
                where id = ?""", decision, comment, reviewer, Timestamp.from(at), open(processInstanceId).id());
    }

    void decide(String processInstanceId, String decision, String comment, String leader, Instant at) {
        jdbc.update("update change_request set decision = ?, decision_comment = ?, decided_by = ?, decided_at = ? where id = ?",
                decision, comment, leader, Timestamp.from(at), open(processInstanceId).id());
    }

    /** The instance's request still awaiting its review or decision (the model handles one at a time). */
    Request open(String processInstanceId) {
        return latest(processInstanceId, "decision is null and (review_decision is null or review_decision = 'approve')", "待审");
    }

    /** The latest request the leader approved, which {@link ApplyChange} turns into a baseline. */
    Request approved(String processInstanceId) {
        return latest(processInstanceId, "decision = 'approve'", "已批准");
    }

    private Request latest(String processInstanceId, String condition, String state) {
        return jdbc.query("select id, new_deadline, new_target, reason from change_request where process_instance_id = ? and "
                        + condition + " order by id desc",
                (row, index) -> new Request(row.getLong(1), Optional.ofNullable(row.getDate(2)).map(java.sql.Date::toLocalDate),
                        Optional.ofNullable(row.getBigDecimal(3)), row.getString(4)), processInstanceId)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("实例 " + processInstanceId + " 没有" + state + "的延期/调整申请"));
    }

    record Request(long id, Optional<LocalDate> newDeadline, Optional<BigDecimal> newTarget, String reason) {
    }
}
