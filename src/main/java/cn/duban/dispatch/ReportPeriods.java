package cn.duban.dispatch;

import cn.duban.dispatch.DispatchCalendar.ReportSchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import cn.duban.standing.CommitmentStandings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Report periods and each commitment's dispatch mode, kept by duban: the due time of a report is never a variable. */
@Repository
public class ReportPeriods {

    private final JdbcTemplate jdbc;
    private final CommitmentStandings standings;

    ReportPeriods(JdbcTemplate jdbc, CommitmentStandings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    void open(String commitmentId, String processInstanceId, ReportSchedule schedule) {
        jdbc.update("""
                insert into report_period (commitment_id, process_instance_id, period, period_end, dispatch_mode, opens_at,
                    due_at, reminder_at, overdue_escalation_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                commitmentId, processInstanceId, schedule.period(), schedule.periodEnd(), schedule.mode().code(),
                Timestamp.from(schedule.opensAt().toInstant()), Timestamp.from(schedule.dueAt().toInstant()),
                Timestamp.from(schedule.reminderAt().toInstant()), Timestamp.from(schedule.overdueEscalationAt().toInstant()));
        standings.refresh(commitmentId);
    }

    /** The instance's latest period not yet filed: the one its report task is for, or the one it waits to open. */
    public Optional<ReportPeriod> current(String processInstanceId) {
        return jdbc.query("""
                select * from report_period where process_instance_id = ? and filed_at is null order by id desc""",
                ReportPeriods::map, processInstanceId).stream().findFirst();
    }

    void reschedule(ReportPeriod period, ReportSchedule schedule) {
        jdbc.update("""
                update report_period set period = ?, period_end = ?, dispatch_mode = ?, opens_at = ?, due_at = ?, reminder_at = ?,
                    overdue_escalation_at = ? where id = ?""", schedule.period(), schedule.periodEnd(), schedule.mode().code(),
                Timestamp.from(schedule.opensAt().toInstant()), Timestamp.from(schedule.dueAt().toInstant()),
                Timestamp.from(schedule.reminderAt().toInstant()), Timestamp.from(schedule.overdueEscalationAt().toInstant()), period.id());
        standings.refresh(period.commitmentId());
    }

    void markFiled(ReportPeriod period, Instant at) {
        jdbc.update("update report_period set filed_at = ? where id = ?", Timestamp.from(at), period.id());
        standings.refresh(period.commitmentId());
    }

    public DispatchMode mode(String commitmentId) {
        return jdbc.query("select dispatch_mode from dispatch_state where commitment_id = ?",
                (row, index) -> DispatchMode.of(row.getString(1)), commitmentId).stream().findFirst().orElse(DispatchMode.MONTHLY);
    }

    public void setMode(String commitmentId, DispatchMode mode, Instant at, String reason) {
        if (jdbc.update("update dispatch_state set dispatch_mode = ?, changed_at = ?, reason = ? where commitment_id = ?",
                mode.code(), Timestamp.from(at), reason, commitmentId) == 0) {
            jdbc.update("insert into dispatch_state (commitment_id, dispatch_mode, changed_at, reason) values (?, ?, ?, ?)",
                    commitmentId, mode.code(), Timestamp.from(at), reason);
        }
        standings.refresh(commitmentId);
    }

    private static ReportPeriod map(ResultSet row, int index) throws SQLException {
        return new ReportPeriod(row.getLong("id"), row.getString("commitment_id"), row.getString("period"),
                row.getDate("period_end").toLocalDate(), DispatchMode.of(row.getString("dispatch_mode")),
                row.getTimestamp("opens_at").toInstant(), row.getTimestamp("due_at").toInstant(),
                row.getTimestamp("reminder_at").toInstant(), row.getTimestamp("overdue_escalation_at").toInstant());
    }
}
