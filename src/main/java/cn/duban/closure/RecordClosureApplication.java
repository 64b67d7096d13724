package cn.duban.closure;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.CommitmentStates;
import cn.duban.evidence.EvidenceStore;
import cn.duban.system.EngineClock;
import cn.duban.plan.Actors;
import cn.duban.system.FormCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 办结销号 needs a summary, at least one evidence file and a note on it, and an identifiable applicant, whom the
 * verification may not be done by.
 */
@Component
public class RecordClosureApplication implements TaskListener {

    private final ClosureRecords closures;
    private final EvidenceStore evidence;

    RecordClosureApplication(ClosureRecords closures, EvidenceStore evidence) {
        this.closures = closures;
        this.evidence = evidence;
    }

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("办结申请", task)
                .minLength(Vars.CLOSURE_SUMMARY, "完成情况说明", 10)
                .required(Vars.CLOSURE_EVIDENCE, "佐证材料说明");
        if (evidence.countOfTask(task.getId()) == 0) {
            check.problem("evidenceFiles", "佐证材料文件", "办结销号须至少上传一个佐证材料文件（PDF、图片、Word 或 Excel），请在表单下方上传");
        }
        String applicant = Actors.current(task);
        if (applicant == null) {
            check.problem("assignee", "经办人", "办结申请须由具体经办人提交，请先认领任务");
        }
        check.verify();
        closures.apply(CommitmentStates.commitmentId(task), task.getProcessInstanceId(), check.text(Vars.CLOSURE_SUMMARY),
                check.text(Vars.CLOSURE_EVIDENCE), applicant, EngineClock.now());
        // shown on the verification form; the four-eyes check reads the applicant from duban's table
        task.setVariable(Vars.CLOSURE_APPLICANT, applicant);
    }
}
