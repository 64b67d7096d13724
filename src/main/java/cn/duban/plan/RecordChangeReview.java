package cn.duban.plan;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.system.EngineClock;
import cn.duban.system.FormCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervision office's review of an extension or target change: a decision and its reasoning. */
@Component
public class RecordChangeReview implements TaskListener {

    private final ChangeRequests changes;

    RecordChangeReview(ChangeRequests changes) {
        this.changes = changes;
    }

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("延期/调整审核", task)
                .oneOf(Vars.CHANGE_REVIEW_DECISION, "审核意见", List.of("approve", "refuse"))
                .minLength(Vars.CHANGE_REVIEW_COMMENT, "审核意见说明", 2);
        check.verify();
        changes.review(task.getProcessInstanceId(), check.text(Vars.CHANGE_REVIEW_DECISION), check.text(Vars.CHANGE_REVIEW_COMMENT),
                Actors.current(task), EngineClock.now());
    }
}
