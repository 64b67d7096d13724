package cn.duban.dispatch;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import cn.duban.standing.CommitmentStandings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Filed progress reports, ratings and milestone checks in duban's tables, so scorecards and audits need no variable scans. */
@Repository
public class ProgressReports {

    /** Later than any period a report covers, and still a date every database stores. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final JdbcTemplate jdbc;
    private final CommitmentStandings standings;

    ProgressReports(JdbcTemplate jdbc, CommitmentStandings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    public void add(ProgressReport report) {
        jdbc.update("""
                insert into progress_report (commitment_id, period, period_end, dispatch_mode, due_at, reported_at, reporter,
                    cumulative_value, progress_status, planned_value, planned_status, percent_of_target, trajectory_ratio,
                    work_done, next_steps, problems, delay_reason, correction_reason, evidence, days_overdue, on_time,
                    process_instance_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                report.commitmentId(), report.period(), report.periodEnd(), report.mode().code(),
                Timestamp.from(report.dueAt()), Timestamp.from(report.reportedAt()), report.reporter(),
                report.cumulativeValue(), report.progressStatus(), report.plannedValue(), report.plannedStatus(),
                report.percentOfTarget(), report.trajectoryRatio(), report.workDone(), report.nextSteps(),
                report.problems(), report.delayReason(), report.correctionReason(), report.evidence(),
                report.daysOverdue(), report.daysOverdue() == 0, report.processInstanceId());
        standings.refresh(report.commitmentId());
    }

    /** The value or status of the latest report covering a period that ended on or before {@code day}. */
    public Optional<Latest> latestUpTo(String commitmentId, LocalDate day) {
        return jdbc.query("""
                select cumulative_value, progress_status from progress_report
                where commitment_id = ? and period_end <= ? order by period_end desc, id desc""",
                (row, index) -> new Latest(row.getBigDecimal(1), row.getString(2)), commitmentId, day)
                .stream().findFirst();
    }

    /** The latest report filed for a commitment, whatever period it covers. */
    public Optional<Latest> latest(String commitmentId) {
        return latestUpTo(commitmentId, LAST_DAY);
    }

    /** The report just filed, as the rating after it reads it: period, how it stands and who filed it. */
    public Optional<Filed> lastFiled(String commitmentId) {
        return jdbc.query("""
                select period, trajectory_ratio, days_overdue, reporter from progress_report
                where commitment_id = ? order by id desc""",
                (row, index) -> new Filed(row.getString(1), row.getDouble(2), row.getInt(3), row.getString(4)), commitmentId)
                .stream().findFirst();
    }

    public Optional<String> lastRating(String commitmentId) {
        return jdbc.queryForList("select rating from rating_record where commitment_id = ? order by rated_at desc, id desc",
                String.class, commitmentId).stream().findFirst();
    }

    public void addRating(String commitmentId, String period, java.time.Instant ratedAt, String rating, String reason,
            String previousRating, double trajectoryRatio, int daysOverdue, int daysToDeadline, boolean escalated, String reporter) {
        jdbc.update("""
                insert into rating_record (commitment_id, period, rated_at, rating, reason, previous_rating, trajectory_ratio,
                    days_overdue, days_to_deadline, escalated, reporter) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                commitmentId, period, Timestamp.from(ratedAt), rating, reason, previousRating, trajectoryRatio,
                daysOverdue, daysToDeadline, escalated, reporter);
        standings.refresh(commitmentId);
    }

    /** A filed report as the rating reads it. */
    public record Filed(String period, double trajectoryRatio, int daysOverdue, String reporter) {
    }

    public List<String> ratingHistory(String commitmentId) {
        return jdbc.queryForList("select rating from rating_record where commitment_id = ? order by rated_at, id",
                String.class, commitmentId);
    }

    public void addMilestoneCheck(String commitmentId, int quarter, java.time.Instant checkedAt, BigDecimal plannedValue,
            BigDecimal actualValue, String plannedStatus, String actualStatus, boolean reached) {
        jdbc.update("""
                insert into milestone_check (commitment_id, quarter, checked_at, planned_value, actual_value, planned_status,
                    actual_status, reached) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                commitmentId, quarter, Timestamp.from(checkedAt), plannedValue, actualValue, plannedStatus, actualStatus, reached);
    }

    /** The latest quarter whose milestone was checked for a commitment. */
    public Optional<Integer> lastCheckedQuarter(String commitmentId) {
        return Optional.ofNullable(jdbc.queryForObject("select max(quarter) from milestone_check where commitment_id = ?",
                Integer.class, commitmentId));
    }

    /** Latest reported figure: a cumulative value for quantitative commitments, a status label otherwise. */
    public record Latest(BigDecimal value, String status) {
    }
}
