package cn.duban.evidence;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.scorecard.ScorecardProcess;
import java.util.Arrays;
import java.util.Optional;

/** The tasks whose claims need evidence, by their task definition: what the files back up. */
public enum EvidencePurpose {
    PROGRESS(CommitmentProcess.TASK_FILE_PROGRESS, "进度填报佐证"),
    CLOSURE(CommitmentProcess.TASK_APPLY_CLOSURE, "办结销号佐证"),
    CORRECTIVE_PLAN(CommitmentProcess.TASK_CORRECTIVE_PLAN, "专班整改方案附件"),
    EXPLANATION(ScorecardProcess.TASK_EXPLAIN, "成绩单情况说明附件");

    private final String taskDefinitionKey;
    private final String label;

    EvidencePurpose(String taskDefinitionKey, String label) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EvidencePurpose> ofTask(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(purpose -> purpose.taskDefinitionKey.equals(taskDefinitionKey)).findFirst();
    }
}
