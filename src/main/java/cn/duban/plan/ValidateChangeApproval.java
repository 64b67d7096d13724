package cn.duban.plan;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.system.FormCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The leader's decision on an extension or target change; a refusal says why. */
@Component
public class ValidateChangeApproval implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("延期/调整审批", task)
                .oneOf(Vars.CHANGE_DECISION, "审批意见", List.of("approve", "refuse"));
        if ("refuse".equals(check.text(Vars.CHANGE_DECISION))) {
            check.minLength(Vars.CHANGE_APPROVAL_COMMENT, "审批意见说明", 2);
        }
        check.verify();
    }
}
