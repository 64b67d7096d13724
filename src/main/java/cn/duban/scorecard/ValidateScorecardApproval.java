package cn.duban.scorecard;

import cn.duban.plan.Actors;
import cn.duban.scorecard.ScorecardProcess.Vars;
import cn.duban.system.FormCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Review gate 2 (区领导): approve publication, or return the draft to the supervision office with a reason. */
@Component
public class ValidateScorecardApproval implements TaskListener {

    private final ScorecardStore store;

    ValidateScorecardApproval(ScorecardStore store) {
        this.store = store;
    }

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("成绩单审批", task)
                .oneOf(Vars.APPROVAL_DECISION, "审批结论", List.of("approve", "return"));
        if ("return".equals(check.text(Vars.APPROVAL_DECISION))) {
            check.minLength(Vars.APPROVAL_COMMENT, "审批意见", 5);
        }
        check.verify();
        store.recordApprover(store.idOf(task.getProcessInstanceId()), Actors.current(task));
        if ("return".equals(check.text(Vars.APPROVAL_DECISION))) {
            task.getProcessEngineServices().getTaskService().createComment(task.getId(), task.getProcessInstanceId(),
                    "退回成绩单：" + check.text(Vars.APPROVAL_COMMENT));
        }
    }
}
