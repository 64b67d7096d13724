package cn.duban.plan;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.system.EngineClock;
import cn.duban.system.FormCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The leader's decision on an extension or target change; a refusal says why. */
@Component
public class RecordChangeDecision implements TaskListener {

    private final ChangeRequests changes;

    RecordChangeDecision(ChangeRequests changes) {
        this.changes = changes;
    }

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("延期/调整审批", task)
                .oneOf(Vars.CHANGE_DECISION, "审批意见", List.of("approve", "refuse"));
        if ("refuse".equals(check.text(Vars.CHANGE_DECISION))) {
            check.minLength(Vars.CHANGE_APPROVAL_COMMENT, "审批意见说明", 2);
        }
        check.verify();
        changes.decide(task.getProcessInstanceId(), check.text(Vars.CHANGE_DECISION), check.text(Vars.CHANGE_APPROVAL_COMMENT),
                Actors.current(task), EngineClock.now());
    }
}
