package cn.duban.simulation;

import cn.duban.commitment.CommitmentProcess.Vars;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a simulated person enters in the tasks whose answer depends on nobody's persona: the demo year's
 * {@link Simulation} and the multi-node tests' driver submit the same texts.
 */
public final class StandardAnswers {

    private StandardAnswers() {
    }

    /** 下发督办单: two weeks from {@code today}. */
    public static Map<String, Object> supervisionNotice(LocalDate today) {
        return Map.of(Vars.NOTICE_REQUIREMENTS, "请专班一周内制定整改方案，按周报送进度，直至恢复绿灯",
                Vars.NOTICE_DUE_DATE, today.plusDays(14).toString());
    }

    public static Map<String, Object> correctivePlan() {
        return Map.of(Vars.TASK_FORCE_LEAD_NAME, "分管区领导",
                Vars.CORRECTIVE_PLAN, "成立工作专班，逐项梳理堵点，每周调度，倒排工期确保完成年度目标");
    }

    public static Map<String, Object> changeReview() {
        return Map.of(Vars.CHANGE_REVIEW_DECISION, "approve", Vars.CHANGE_REVIEW_COMMENT, "理由充分，同意报区领导审批");
    }

    public static Map<String, Object> changeApproval() {
        return Map.of(Vars.CHANGE_DECISION, "approve", Vars.CHANGE_APPROVAL_COMMENT, "同意");
    }

    public static Map<String, Object> closureApplication() {
        return Map.of(Vars.CLOSURE_SUMMARY, "已完成年度目标，详见佐证材料", Vars.CLOSURE_EVIDENCE, "完成情况报告及相关证明材料");
    }
}
