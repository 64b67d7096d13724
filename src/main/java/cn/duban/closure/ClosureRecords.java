package cn.duban.closure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** 办结销号 applications and their verification: who applied, who verified, with what decision. */
@Repository
class ClosureRecords {

    private final JdbcTemplate jdbc;

    ClosureRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void apply(String commitmentId, String processInstanceId, String summary, String evidence, String applicant, Instant at) {
        jdbc.update("""
                insert into closure_record (commitment_id, process_instance_id, summary, evidence, applied_by, applied_at)
                values (?, ?, ?, ?, ?, ?)""", commitmentId, processInstanceId, summary, evidence, applicant, Timestamp.from(at));
    }

    /** The instance's application awaiting verification, by id, with its applicant. */
    Optional<Open> awaitingVerification(String processInstanceId) {
        return jdbc.query("""
                select id, applied_by from closure_record where process_instance_id = ? and decision is null order by id desc""",
                (row, index) -> new Open(row.getLong(1), row.getString(2)), processInstanceId).stream().findFirst();
    }

    void verify(long id, String decision, String comment, String verifier, Instant at) {
        jdbc.update("update closure_record set decision = ?, verifier_comment = ?, verified_by = ?, verified_at = ? where id = ?",
                decision, comment, verifier, Timestamp.from(at), id);
    }

    record Open(long id, String applicant) {
    }
}
