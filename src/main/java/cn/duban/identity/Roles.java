package cn.duban.identity;

/** Group ids of the roles beyond bureaus and leaders. Letters and digits only: Camunda's default id whitelist. */
public final class Roles {

    /** 区政府督查室: reviews, supervision notices, verification; reads everything. */
    public static final String SUPERVISION_OFFICE = "duchashi";
    /** 审计: reads the complete history, works no tasks. */
    public static final String AUDITORS = "shenji";
    /** 区领导: every leader is also in this group. */
    public static final String LEADERS = "quldaoban";
    /** 运行监控: reads the operators' health, info and Prometheus metrics under {@code /actuator}, nothing else. */
    public static final String METRICS = "metrics";
    public static final String ADMINISTRATORS = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

    public static final String TYPE_BUREAU = "bureau";
    public static final String TYPE_LEADER = "leader";
    public static final String TYPE_ROLE = "role";

    private Roles() {
    }
}
