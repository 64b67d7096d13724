package cn.duban.escalation;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import cn.duban.standing.CommitmentStandings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** 督办单 issued by the supervision office and the task force's corrective plan answering each. */
@Repository
public class SupervisionNotices {

    private final JdbcTemplate jdbc;
    private final CommitmentStandings standings;

    SupervisionNotices(JdbcTemplate jdbc, CommitmentStandings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    public long issue(String commitmentId, String cause, String requirements, LocalDate dueDate, String issuedBy, Instant issuedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into supervision_notice (commitment_id, cause, requirements, due_date, issued_by, issued_at)
                    values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, commitmentId);
            insert.setString(2, cause);
            insert.setString(3, requirements);
            insert.setObject(4, dueDate);
            insert.setString(5, issuedBy);
            insert.setTimestamp(6, Timestamp.from(issuedAt));
            return insert;
        }, key);
        standings.refresh(commitmentId);
        return key.getKey().longValue();
    }

    public void answer(String commitmentId, long noticeId, String taskForceLead, String correctivePlan, String filedBy,
            Instant filedAt) {
        jdbc.update("""
                update supervision_notice set task_force_lead = ?, corrective_plan = ?, plan_filed_by = ?, plan_filed_at = ?
                where id = ? and commitment_id = ?""", taskForceLead, correctivePlan, filedBy, Timestamp.from(filedAt),
                noticeId, commitmentId);
        standings.refresh(commitmentId);
    }

    /** The commitment's latest 督办单 still awaiting the task force's corrective plan. */
    public java.util.Optional<Long> awaitingPlan(String commitmentId) {
        return jdbc.queryForList("""
                select id from supervision_notice where commitment_id = ? and corrective_plan is null order by id desc""",
                Long.class, commitmentId).stream().findFirst();
    }

    public int count(String commitmentId) {
        return jdbc.queryForObject("select count(*) from supervision_notice where commitment_id = ?", Integer.class, commitmentId);
    }
}
