package cn.duban.plan;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.system.FormCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A plan review needs a decision; returning a plan needs a comment the bureau can act on. */
@Component
public class ValidatePlanReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("方案审核", task).oneOf(Vars.PLAN_DECISION, "审核结论", List.of("approve", "return"));
        if ("return".equals(check.text(Vars.PLAN_DECISION))) {
            check.minLength(Vars.PLAN_REVIEW_COMMENT, "审核意见", 5);
        }
        check.verify();
        if ("return".equals(check.text(Vars.PLAN_DECISION))) {
            task.getProcessEngineServices().getTaskService()
                    .createComment(task.getId(), task.getProcessInstanceId(), "退回实施方案：" + check.text(Vars.PLAN_REVIEW_COMMENT));
        }
    }
}
