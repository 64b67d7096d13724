package cn.duban.notify;

/** What happened, in the words a bureau reads; routes may pick the kinds they carry. */
public enum NotificationKind {
    REPORT_OPENED("填报提醒"),
    REMINDER("催办"),
    ESCALATED("预警升级"),
    SUPERVISION_NOTICE("督办单"),
    PLAN_RETURNED("实施方案退回"),
    CLOSURE_RETURNED("办结申请退回"),
    CLOSURE_APPROVED("办结销号"),
    SCORECARD_PUBLISHED("晾晒成绩单发布"),
    SCORECARD_EXPLANATION("晾晒成绩单说明情况");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
