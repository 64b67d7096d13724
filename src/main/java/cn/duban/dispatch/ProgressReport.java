package cn.duban.dispatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One filed progress report, as stored for scorecards and audits. */
public record ProgressReport(String commitmentId, String period, LocalDate periodEnd, DispatchMode mode, Instant dueAt,
        Instant reportedAt, String reporter, BigDecimal cumulativeValue, String progressStatus, BigDecimal plannedValue,
        String plannedStatus, BigDecimal percentOfTarget, double trajectoryRatio, String workDone, String nextSteps,
        String problems, String delayReason, String correctionReason, String evidence, int daysOverdue,
        String processInstanceId) {
}
