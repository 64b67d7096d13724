package cn.duban.overview;

import cn.duban.ledger.Amounts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** One overview row as a person reads it, on the page and in the Excel download alike: words, units, dates. */
record OverviewLine(String id, String title, String sectionId, String sectionName, String bureauId, String bureauName,
        String coBureaus, String leaderId, String leaderTitle, String kind, String target, String deadline, String latest,
        String lastPeriod, String percentOfTarget, String planned, String trajectory, String rating, String ratingLabel,
        String ratingReason, String mode, String nextDue, int daysOverdue, int notices, int openNotices, int baselineVersion,
        boolean taskForce, String status, String statusLabel) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final List<String> HEADER = List.of("编号", "事项", "篇章", "牵头单位", "配合单位", "分管区领导", "类型", "年度目标",
            "完成时限", "最新填报期", "累计完成/状态", "完成年度目标", "序时进度", "序时进度完成率", "评级", "评级理由", "调度频次",
            "下次报送截止", "逾期天数", "督办单（未整改/总数）", "基线版本", "专班", "状态");

    static OverviewLine of(OverviewRow row, Map<String, String> bureauNames, ZoneId zone) {
        return new OverviewLine(row.id(), row.title(), row.sectionId(), row.sectionName(), row.leadBureauId(),
                row.leadBureauName(), String.join("、", row.coBureauIds().stream().map(id -> bureauNames.getOrDefault(id, id)).toList()),
                row.leaderId(), row.leaderTitle(), row.kind().label(), row.targetText(), row.deadline().toString(),
                row.latestText(), row.lastPeriod() == null ? "" : row.lastPeriod(),
                row.percentOfTarget() == null ? "" : row.percentOfTarget().stripTrailingZeros().toPlainString() + "%",
                row.plannedText(), Amounts.percent(row.trajectoryRatio()),
                row.rating() == null ? "none" : row.rating().code(), row.rating() == null ? "未评级" : row.rating().label(),
                row.ratingReason() == null ? "" : row.ratingReason(), row.mode().reportName(),
                row.nextDueAt() == null ? "" : MINUTES.format(row.nextDueAt().atZone(zone)), row.daysOverdue(), row.notices(),
                row.openNotices(), row.baselineVersion(), row.taskForce(), row.status().code(), row.status().label());
    }

    List<String> cells() {
        return List.of(id, title, sectionName, bureauName, coBureaus, leaderTitle, kind, target, deadline, lastPeriod, latest,
                percentOfTarget, planned, trajectory, ratingLabel, ratingReason, mode, nextDue,
                daysOverdue == 0 ? "" : daysOverdue + "天", openNotices + "/" + notices, baselineVersion == 0 ? "未审定" : "第" + baselineVersion + "版",
                taskForce ? "是" : "否", statusLabel);
    }
}
