package cn.duban.dispatch;

import cn.duban.commitment.CommitmentProcess;
import java.text.SimpleDateFormat;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 催办: before a report is due, marks the open report task urgent and leaves a reminder on it, which the history keeps. */
@Component
public class SendReminder implements JavaDelegate {

    private final ReportPeriods periods;

    SendReminder(ReportPeriods periods) {
        this.periods = periods;
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
    }
}
