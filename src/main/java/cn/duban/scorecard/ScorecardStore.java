package cn.duban.scorecard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * duban's scorecard tables. Drafts change during review; once published, the database itself refuses any change
 * (trigger from db/vendor/&lt;vendor&gt;/V3_1), so this class has no way to alter a published scorecard.
 */
@Repository
public class ScorecardStore {

    private static final String HEADER = """
            select id, period, period_start, period_end, status, process_instance_id, computed_at, reviewed_by, reviewed_at,
                   review_comment, approved_by, published_at, previous_id, content_hash from scorecard""";
    private static final String ROWS = """
            select bureau_id, commitments, reports_due, reports_on_time, reports_missing, overdue_days, avg_trajectory, green,
                   yellow, red, notices, escalations, closures, computed_score, adjustment, adjustment_reason, adjusted_by,
                   score, ranking, previous_ranking
            from scorecard_row where scorecard_id = ? order by ranking, bureau_id""";

    private final JdbcTemplate jdbc;

    ScorecardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long createDraft(ScorecardPeriod period, String processInstanceId, LocalDateTime computedAt, List<ScorecardRow> rows) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into scorecard (period, period_start, period_end, status, process_instance_id, computed_at)
                    values (?, ?, ?, 'DRAFT', ?, ?)""", new String[] {"id"});
            insert.setString(1, period.code());
            insert.setObject(2, period.firstDay());
            insert.setObject(3, period.lastDay());
            insert.setString(4, processInstanceId);
            insert.setTimestamp(5, Timestamp.valueOf(computedAt));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        for (ScorecardRow row : rows) {
            BureauFigures f = row.figures();
            jdbc.update("""
                    insert into scorecard_row (scorecard_id, bureau_id, commitments, reports_due, reports_on_time, reports_missing,
                        overdue_days, avg_trajectory, green, yellow, red, notices, escalations, closures, computed_score,
                        adjustment, adjustment_reason, adjusted_by, score, ranking, previous_ranking)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, f.bureauId(), f.commitments(), f.reportsDue(), f.reportsOnTime(), f.reportsMissing(), f.overdueDays(),
                    f.avgTrajectory(), f.green(), f.yellow(), f.red(), f.notices(), f.escalations(), f.closures(),
                    row.computedScore(), row.adjustment(), row.adjustmentReason(), row.adjustedBy(), row.score(), row.ranking(),
                    row.previousRanking());
        }
        return id;
    }

    /** Adjustments, scores and ranks of a draft after review or before publication. */
    void saveRanking(long scorecardId, List<ScorecardRow> rows) {
        for (ScorecardRow row : rows) {
            jdbc.update("""
                    update scorecard_row set adjustment = ?, adjustment_reason = ?, adjusted_by = ?, score = ?, ranking = ?,
                        previous_ranking = ?
                    where scorecard_id = ? and bureau_id = ?""",
                    row.adjustment(), row.adjustmentReason(), row.adjustedBy(), row.score(), row.ranking(), row.previousRanking(),
                    scorecardId, row.bureauId());
        }
    }

    void markReviewed(long scorecardId, String reviewer, LocalDateTime at, String comment) {
        jdbc.update("update scorecard set reviewed_by = ?, reviewed_at = ?, review_comment = ? where id = ?",
                reviewer, Timestamp.valueOf(at), comment, scorecardId);
    }

    /** Who approved publication: kept on the draft, where publication reads it. */
    void recordApprover(long scorecardId, String approver) {
        jdbc.update("update scorecard set approved_by = ? where id = ? and status = 'DRAFT'", approver, scorecardId);
    }

    void publish(long scorecardId, String approver, LocalDateTime at, Long previousId, String contentHash) {
        int updated = jdbc.update("""
                update scorecard set status = 'PUBLISHED', approved_by = ?, published_at = ?, previous_id = ?, content_hash = ?
                where id = ? and status = 'DRAFT'""", approver, Timestamp.valueOf(at), previousId, contentHash, scorecardId);
        if (updated != 1) {
            throw new IllegalStateException("成绩单 " + scorecardId + " 不是草稿，不能发布");
        }
    }

    void discard(long scorecardId) {
        jdbc.update("update scorecard set status = 'DISCARDED' where id = ? and status = 'DRAFT'", scorecardId);
    }

    void addExplanation(long scorecardId, String bureauId, String explanation, String measures, String filedBy, LocalDateTime at) {
        jdbc.update("""
                insert into scorecard_explanation (scorecard_id, bureau_id, explanation, measures, filed_by, filed_at)
                values (?, ?, ?, ?, ?, ?)""", scorecardId, bureauId, explanation, measures, filedBy, Timestamp.valueOf(at));
    }

    public Optional<Scorecard> find(long id) {
        return jdbc.query(HEADER + " where id = ?", ScorecardStore::header, id).stream().findFirst();
    }

    /**
     * The scorecard a {@code scorecard} process instance computed: the id comes from duban's table, never from a
     * variable a form could have written.
     */
    public long idOf(String processInstanceId) {
        return jdbc.queryForObject("select max(id) from scorecard where process_instance_id = ?", Long.class, processInstanceId);
    }

    /** The scorecard a task belongs to: of its own instance, or of the scorecard instance that called its explanation. */
    public long idOf(org.camunda.bpm.engine.delegate.DelegateTask task) {
        var instance = task.getExecution().getProcessInstance();
        var caller = instance.getSuperExecution();
        Long id = jdbc.queryForObject("select max(id) from scorecard where process_instance_id = ?", Long.class,
                caller != null ? caller.getProcessInstanceId() : instance.getProcessInstanceId());
        if (id != null) {
            return id;
        }
        // an explanation started on its own (by an administrator) carries the id its starter mapped in
        Object mapped = task.getVariable(ScorecardProcess.Vars.SCORECARD_ID);
        if (mapped instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("任务 " + task.getId() + " 不属于任何成绩单");
    }

    public List<ScorecardRow> rows(long scorecardId) {
        return jdbc.query(ROWS, ScorecardStore::row, scorecardId);
    }

    /** Published scorecards, oldest period first. */
    public List<Scorecard> published() {
        return jdbc.query(HEADER + " where status = 'PUBLISHED' order by period_start, id", ScorecardStore::header);
    }

    public List<Scorecard> drafts() {
        return jdbc.query(HEADER + " where status = 'DRAFT' order by period_start, id", ScorecardStore::header);
    }

    public Optional<Scorecard> latestPublished() {
        return jdbc.query(HEADER + " where status = 'PUBLISHED' order by period_start desc, id desc", ScorecardStore::header)
                .stream().findFirst();
    }

    Optional<Scorecard> latestPublishedBefore(LocalDate periodStart) {
        return jdbc.query(HEADER + " where status = 'PUBLISHED' and period_start < ? order by period_start desc, id desc",
                ScorecardStore::header, periodStart).stream().findFirst();
    }

    boolean isPublished(ScorecardPeriod period) {
        Integer count = jdbc.queryForObject("select count(*) from scorecard where period = ? and status = 'PUBLISHED'",
                Integer.class, period.code());
        return count != null && count > 0;
    }

    public List<Explanation> explanations(long scorecardId) {
        return jdbc.query("""
                select bureau_id, explanation, measures, filed_by, filed_at from scorecard_explanation
                where scorecard_id = ? order by bureau_id""",
                (rs, n) -> new Explanation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()), scorecardId);
    }

    public record Explanation(String bureauId, String explanation, String measures, String filedBy, LocalDateTime filedAt) {
    }

    private static Scorecard header(ResultSet rs, int n) throws SQLException {
        return new Scorecard(rs.getLong("id"), rs.getString("period"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), Scorecard.Status.valueOf(rs.getString("status")),
                rs.getString("process_instance_id"), time(rs, "computed_at"), rs.getString("reviewed_by"),
                time(rs, "reviewed_at"), rs.getString("review_comment"), rs.getString("approved_by"), time(rs, "published_at"),
                (Long) rs.getObject("previous_id", Long.class), rs.getString("content_hash"));
    }

    private static ScorecardRow row(ResultSet rs, int n) throws SQLException {
        int green = rs.getInt("green");
        int yellow = rs.getInt("yellow");
        int red = rs.getInt("red");
        BureauFigures figures = new BureauFigures(rs.getString("bureau_id"), rs.getInt("commitments"), rs.getInt("reports_due"),
                rs.getInt("reports_on_time"), rs.getInt("reports_missing"), rs.getInt("overdue_days"),
                rs.getBigDecimal("avg_trajectory"), green + yellow + red, green, yellow, red, rs.getInt("notices"),
                rs.getInt("escalations"), rs.getInt("closures"));
        return new ScorecardRow(figures, rs.getBigDecimal("computed_score"), rs.getBigDecimal("adjustment"),
                rs.getString("adjustment_reason"), rs.getString("adjusted_by"), rs.getBigDecimal("score"), rs.getInt("ranking"),
                (Integer) rs.getObject("previous_ranking", Integer.class));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }
}
