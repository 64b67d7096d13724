package cn.duban.commitment;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.dispatch.DispatchProperties;
import cn.duban.system.EngineClock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Prepares every new task for Tasklist: a name telling what and which, e.g.
 * {@code 月度进度填报（2024-01） · 2024-02-03 新增规上工业企业15家} (the model keeps the plain activity name for its
 * diagram), a due date ({@code duban.dispatch.task-due-days} unless the model sets one) and a follow-up date a
 * day before it (a progress report's follow-up is its reminder).
 */
@Component
public class PrepareTask implements TaskListener {

    static final LocalTime DUE_TIME = LocalTime.of(18, 0);

    private final DispatchProperties dispatch;

    PrepareTask(DispatchProperties dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void notify(DelegateTask task) {
        String what = task.getName();
        boolean report = CommitmentProcess.TASK_FILE_PROGRESS.equals(task.getTaskDefinitionKey());
        if (report) {
            what = task.getVariable(Vars.DISPATCH_MODE_LABEL) + what + "（" + task.getVariable(Vars.REPORT_PERIOD) + "）";
        }
        task.setName(what + " · " + task.getVariable(Vars.COMMITMENT_ID) + " " + task.getVariable(Vars.TITLE));
        if (task.getDueDate() == null) {
            task.setDueDate(Date.from(EngineClock.nowInZone().toLocalDate().plusDays(dispatch.taskDueDays())
                    .atTime(DUE_TIME).atZone(EngineClock.nowInZone().getZone()).toInstant()));
        }
        task.setFollowUpDate(report ? (Date) task.getVariable(Vars.REMINDER_AT)
                : Date.from(task.getDueDate().toInstant().minus(Duration.ofDays(1))));
    }
}
