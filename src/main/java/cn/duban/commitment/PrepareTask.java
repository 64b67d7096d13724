package cn.duban.commitment;

import cn.duban.system.TaskDates;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.dispatch.DispatchCalendar;
import cn.duban.dispatch.DispatchProperties;
import cn.duban.forms.FreshFields;
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

    private final DispatchProperties dispatch;
    private final FreshFields freshFields;
    private final DispatchCalendar calendar;

    PrepareTask(DispatchProperties dispatch, FreshFields freshFields, DispatchCalendar calendar) {
        this.dispatch = dispatch;
        this.freshFields = freshFields;
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
        freshFields.clear(task);
        String what = task.getName();
        boolean report = CommitmentProcess.TASK_FILE_PROGRESS.equals(task.getTaskDefinitionKey());
        if (report) {
            what = task.getVariable(Vars.DISPATCH_MODE_LABEL) + what + "（" + task.getVariable(Vars.REPORT_PERIOD) + "）";
        }
        task.setName(what + " · " + CommitmentStates.commitmentId(task) + " " + task.getVariable(Vars.TITLE));
        if (task.getDueDate() == null) {
            task.setDueDate(TaskDates.dueInDays(dispatch.taskDueDays()));
        }
        task.setFollowUpDate(report ? calendar.reminderAt(task.getExecution()) : TaskDates.dayBefore(task.getDueDate()));
    }
}
