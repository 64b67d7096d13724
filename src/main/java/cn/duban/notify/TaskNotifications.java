package cn.duban.notify;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.scorecard.ScorecardProcess;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a bureau (and, for a 督办单, its leader) when a task that asks something of them is created: a report period
 * opens, a 督办单 is issued, a plan or closure comes back, a bad ranking must be explained. Listens to the engine's
 * Spring event bridge, so the models stay as they are; the recipients are the task's candidate groups, who are the
 * ones that can open it.
 */
@Component
class TaskNotifications {

    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;

    TaskNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void onTask(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getTaskDefinitionKey() == null) {
            return;
        }
        switch (task.getTaskDefinitionKey()) {
            case CommitmentProcess.TASK_FILE_PROGRESS -> commitment(task, NotificationKind.REPORT_OPENED,
                    text(task.getVariable(Vars.REPORT_PERIOD)) + " 进度填报已开始，请于 " + due(task.getDueDate()) + " 前报送。");
            case CommitmentProcess.TASK_CORRECTIVE_PLAN -> commitment(task, NotificationKind.SUPERVISION_NOTICE,
                    "区政府督查室已下发督办单，要求：" + text(task.getVariable(Vars.NOTICE_REQUIREMENTS))
                            + "。请专班于 " + text(task.getVariable(Vars.NOTICE_DUE_DATE)) + " 前报送整改方案。");
            case CommitmentProcess.TASK_WRITE_PLAN -> {
                if ("return".equals(task.getVariable(Vars.PLAN_DECISION))) {
                    commitment(task, NotificationKind.PLAN_RETURNED, "实施方案被督查室退回，意见："
                            + text(task.getVariable(Vars.PLAN_REVIEW_COMMENT)) + "。请修改后重新报送。");
                }
            }
            case CommitmentProcess.TASK_APPLY_CLOSURE -> {
                if ("return".equals(task.getVariable(Vars.CLOSURE_DECISION))) {
                    commitment(task, NotificationKind.CLOSURE_RETURNED, "办结申请被督查室退回，意见："
                            + text(task.getVariable(Vars.CLOSURE_COMMENT)) + "。请补充佐证材料后重新申请。");
                }
            }
            case ScorecardProcess.TASK_EXPLAIN -> notifications.send(new Notice(NotificationKind.SCORECARD_EXPLANATION, null,
                    "【晾晒成绩单】" + text(task.getVariable(ScorecardProcess.Vars.PERIOD_LABEL)) + "成绩单已发布",
                    text(task.getVariable(ScorecardProcess.Vars.PERIOD_LABEL)) + "晾晒成绩单已发布，贵单位排名靠后，请于 " + due(task.getDueDate())
                            + " 前说明情况和整改措施。", task.getId(), candidates(task)));
            default -> {
                // other tasks are for the supervision office and leaders, who work in Tasklist all day
            }
        }
    }

    private void commitment(DelegateTask task, NotificationKind kind, String asked) {
        String id = text(task.getVariable(Vars.COMMITMENT_ID));
        String title = text(task.getVariable(Vars.TITLE));
        notifications.send(new Notice(kind, id, "【" + kind.label() + "】" + id + " " + title,
                "【" + kind.label() + "】" + id + "「" + title + "」：" + asked, task.getId(), candidates(task)));
    }

    static List<String> candidates(DelegateTask task) {
        return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    static String due(Date due) {
        return due == null ? "期限" : DUE.format(due.toInstant().atZone(Notifications.BEIJING));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
