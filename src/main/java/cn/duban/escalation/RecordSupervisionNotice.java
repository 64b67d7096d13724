package cn.duban.escalation;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.CommitmentStates;
import cn.duban.plan.Actors;
import cn.duban.system.EngineClock;
import cn.duban.system.FormCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervision office's 督办单: requirements and a correction deadline not in the past, kept on record. */
@Component
public class RecordSupervisionNotice implements TaskListener {

    private final SupervisionNotices notices;

    RecordSupervisionNotice(SupervisionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("督办单", task).minLength(Vars.NOTICE_REQUIREMENTS, "督办要求", 5);
        var dueDate = check.date(Vars.NOTICE_DUE_DATE, "整改时限");
        dueDate.filter(date -> date.isBefore(EngineClock.today()))
                .ifPresent(date -> check.problem(Vars.NOTICE_DUE_DATE, "整改时限", "不能早于今天"));
        check.verify();
        Object cause = task.getVariable(Vars.ESCALATION_CAUSE);
        long id = notices.issue(CommitmentStates.commitmentId(task), String.valueOf(cause),
                check.text(Vars.NOTICE_REQUIREMENTS), dueDate.orElseThrow(), Actors.current(task), EngineClock.now());
        task.setVariable(Vars.SUPERVISION_NOTICE_ID, id);
    }
}
