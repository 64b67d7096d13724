package cn.duban.dispatch;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.notify.Notice;
import cn.duban.notify.NotificationKind;
import cn.duban.notify.Notifications;
import java.text.SimpleDateFormat;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 催办: before a report is due, marks the open report task urgent, leaves a reminder on it, which the history keeps,
 * and notifies the bureau (in-app and on its configured channels, README: 催办通知).
 */
@Component
public class SendReminder implements JavaDelegate {

    private final ReportPeriods periods;
    private final Notifications notifications;

    SendReminder(ReportPeriods periods, Notifications notifications) {
        this.periods = periods;
        this.notifications = notifications;
    }

    static final int URGENT_PRIORITY = 80;
    private static final Logger log = LoggerFactory.getLogger(SendReminder.class);

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        Task report = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(CommitmentProcess.TASK_FILE_PROGRESS).singleResult();
        if (report == null) {
            return;
        }
        ReportPeriod period = periods.current(execution.getProcessInstanceId()).orElse(null);
        if (period == null) {
            return;
        }
        String due = new SimpleDateFormat("yyyy-MM-dd HH:mm").format(Date.from(period.dueAt()));
        String message = "催办：" + period.period() + " 进度请于 " + due + " 前报送";
        tasks.setPriority(report.getId(), URGENT_PRIORITY);
        tasks.createComment(report.getId(), execution.getProcessInstanceId(), message);
        log.info("{} {}", execution.getProcessBusinessKey(), message);
        notifyBureau(execution, tasks, report, period.period() + " 进度尚未报送，请于 " + due + " 前报送。");
    }

    private void notifyBureau(DelegateExecution execution, TaskService tasks, Task report, String asked) {
        Object title = execution.getVariable(Vars.TITLE);
        String commitmentId = execution.getProcessBusinessKey();
        var bureaus = tasks.getIdentityLinksForTask(report.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        notifications.send(Notice.forTask(NotificationKind.REMINDER, commitmentId, "【催办】" + commitmentId + " " + title,
                "【催办】" + commitmentId + "「" + title + "」：" + asked, report.getId(), bureaus));
    }
}
