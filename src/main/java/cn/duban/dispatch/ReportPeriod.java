package cn.duban.dispatch;

import java.time.Instant;
import java.time.LocalDate;

/** One report period as the calendar opened it, from duban's table: what it covers and when it is due. */
public record ReportPeriod(long id, String commitmentId, String period, LocalDate periodEnd, DispatchMode mode,
        Instant opensAt, Instant dueAt, Instant reminderAt, Instant overdueEscalationAt) {
}
