package cn.duban.escalation;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.CommitmentStates;
import cn.duban.plan.Actors;
import cn.duban.system.EngineClock;
import cn.duban.system.FormCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The task force's answer to a 督办单: who leads it and what it will do, attached to the notice. */
@Component
public class RecordCorrectivePlan implements TaskListener {

    private final SupervisionNotices notices;

    RecordCorrectivePlan(SupervisionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("专班整改方案", task)
                .required(Vars.TASK_FORCE_LEAD_NAME, "专班牵头负责人")
                .minLength(Vars.CORRECTIVE_PLAN, "整改措施", 10);
        check.verify();
        String commitmentId = CommitmentStates.commitmentId(task);
        long noticeId = notices.awaitingPlan(commitmentId)
                .orElseThrow(() -> new IllegalStateException("承诺事项 " + commitmentId + " 没有待答复的督办单"));
        notices.answer(commitmentId, noticeId, check.text(Vars.TASK_FORCE_LEAD_NAME),
                check.text(Vars.CORRECTIVE_PLAN), Actors.current(task), EngineClock.now());
    }
}
