package cn.duban.commitment;

import cn.duban.system.TaskDates;
import cn.duban.dispatch.DispatchCalendar;
import cn.duban.dispatch.ReportPeriod;
import cn.duban.ledger.CommitmentRecord;
import cn.duban.ledger.CommitmentRepository;
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
    private final CommitmentRepository commitments;

    PrepareTask(DispatchProperties dispatch, FreshFields freshFields, DispatchCalendar calendar, CommitmentRepository commitments) {
        this.dispatch = dispatch;
        this.freshFields = freshFields;
        this.calendar = calendar;
        this.commitments = commitments;
    }

    @Override
    public void notify(DelegateTask task) {
        freshFields.clear(task);
        String what = task.getName();
        boolean report = CommitmentProcess.TASK_FILE_PROGRESS.equals(task.getTaskDefinitionKey());
        if (report) {
            ReportPeriod period = calendar.openPeriod(task.getExecution());
            what = period.mode().label() + what + "（" + period.period() + "）";
        }
        String commitmentId = CommitmentStates.commitmentId(task);
        task.setName(what + " · " + commitmentId + " " + commitments.findById(commitmentId).map(CommitmentRecord::getTitle).orElse(""));
        if (task.getDueDate() == null) {
            task.setDueDate(TaskDates.dueInDays(dispatch.taskDueDays()));
        }
        task.setFollowUpDate(report ? calendar.reminderAt(task.getExecution()) : TaskDates.dayBefore(task.getDueDate()));
    }
}
