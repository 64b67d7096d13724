package cn.duban.overview;

import cn.duban.dispatch.DispatchMode;
import cn.duban.dispatch.Rating;
import cn.duban.ledger.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One commitment on the overview, as duban's tables and the engine's history show it now.
 *
 * @param latestText      the latest cumulative value with its unit ({@code 0.93万亩}) or the latest status
 * @param percentOfTarget latest value as a percentage of the target, null when not a number
 * @param plannedText     序时进度 of the latest report's period, with its unit or as a status
 * @param trajectoryRatio latest value against 序时进度 (1 = on plan), null before the first report
 * @param rating          latest rating, null before the first
 * @param nextDueAt       due time of the report period not yet filed, null when none is open
 * @param daysOverdue     whole days that report is past due, 0 when it is not
 * @param openNotices     督办单 whose task force has not yet filed its corrective plan
 * @param taskForce       a task force (专班) drives it: by the ledger, or since a corrective plan was filed
 */
public record OverviewRow(String id, String title, String sectionId, String sectionName, String leadBureauId,
        String leadBureauName, List<String> coBureauIds, String leaderId, String leaderTitle, Kind kind, String targetText,
        LocalDate deadline, String latestText, String lastPeriod, BigDecimal percentOfTarget, String plannedText,
        BigDecimal trajectoryRatio, Rating rating, String ratingReason, DispatchMode mode, Instant nextDueAt, int daysOverdue,
        int notices, int openNotices, int baselineVersion, boolean taskForce, CommitmentStatus status,
        String processInstanceId) {

    public boolean overdue() {
        return daysOverdue > 0;
    }
}
