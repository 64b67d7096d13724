package cn.duban.closure;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.plan.Actors;
import cn.duban.system.EngineClock;
import cn.duban.system.FormCheck;
import java.util.List;
import cn.duban.system.FieldRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four-eyes principle for 办结销号, enforced by the engine: whoever applied for closure can neither be
 * assigned nor complete its verification; a return needs a reason.
 */
@Component
public class FourEyesVerification implements TaskListener {

    private final ClosureRecords closures;

    FourEyesVerification(ClosureRecords closures) {
        this.closures = closures;
    }

    @Override
    public void notify(DelegateTask task) {
        ClosureRecords.Open application = closures.awaitingVerification(task.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("实例 " + task.getProcessInstanceId() + " 没有待核验的办结申请"));
        String applicant = application.applicant();
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (applicant != null && applicant.equals(task.getAssignee())) {
                throw violation(applicant);
            }
            return;
        }
        String verifier = Actors.current(task);
        if (verifier == null) {
            throw new FieldRefusal("assignee", "办结核验须由具体核验人完成，请先认领任务");
        }
        if (verifier.equals(applicant)) {
            throw violation(applicant);
        }
        FormCheck check = FormCheck.of("办结核验", task).oneOf(Vars.CLOSURE_DECISION, "核验结论", List.of("approve", "return"));
        if ("return".equals(check.text(Vars.CLOSURE_DECISION))) {
            check.minLength(Vars.CLOSURE_COMMENT, "核验意见", 5);
        }
        check.verify();
        closures.verify(application.id(), check.text(Vars.CLOSURE_DECISION), check.text(Vars.CLOSURE_COMMENT), verifier, EngineClock.now());
        task.setVariable(Vars.CLOSURE_VERIFIER, verifier);
    }

    private static FieldRefusal violation(String applicant) {
        return new FieldRefusal("assignee", "四眼原则：办结申请人 " + applicant + " 不能核验本人的申请，请由督查室其他人员核验");
    }
}
