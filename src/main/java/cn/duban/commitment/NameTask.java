package cn.duban.commitment;

import cn.duban.commitment.CommitmentProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names each task for what and which, e.g. {@code 月度进度填报（2024-01）· 2024-02-03 新增规上工业企业15家}, so a
 * Tasklist full of the same kind of task stays readable. The model keeps the plain activity name for its diagram.
 */
@Component
public class NameTask implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String what = task.getName();
        if (CommitmentProcess.TASK_FILE_PROGRESS.equals(task.getTaskDefinitionKey())) {
            what = task.getVariable(Vars.DISPATCH_MODE_LABEL) + what + "（" + task.getVariable(Vars.REPORT_PERIOD) + "）";
        }
        task.setName(what + " · " + task.getVariable(Vars.COMMITMENT_ID) + " " + task.getVariable(Vars.TITLE));
    }
}
