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
 * opens, an item is escalated, a 督办单 is issued, a plan or closure comes back, a bad ranking must be explained. Listens to the engine's
 * Spring event bridge, so the models stay as they are; the recipients are the task's candidate groups, who are the
 * ones that can open it; which commitment, its bureau and leader come from the ledger by the business key.
 */
@Component
class TaskNotifications {

    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final Addressees addressees;

    TaskNotifications(Notifications notifications, Addressees addressees) {
        this.notifications = notifications;
        this.addressees = addressees;
    }

    @EventListener
    void onTask(DelegateTask task) {
        if (task.getTaskDefinitionKey() == null) {
            return;
        }
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task);
            return;
        }
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        switch (task.getTaskDefinitionKey()) {
            case CommitmentProcess.TASK_FILE_PROGRESS -> commitment(task, NotificationKind.REPORT_OPENED,
                    text(task.getVariable(Vars.REPORT_PERIOD)) + " 进度填报已开始，请于 " + due(task.getDueDate()) + " 前报送。");
            case CommitmentProcess.TASK_ISSUE_NOTICE -> escalated(task);
            case CommitmentProcess.TASK_CORRECTIVE_PLAN -> commitment(task, NotificationKind.SUPERVISION_NOTICE,
                    "区政府督查室已下发督办单，要求：" + text(task.getVariable(Vars.NOTICE_REQUIREMENTS))
                            + "。请专班于 " + text(task.getVariable(Vars.NOTICE_DUE_DATE)) + " 前报送整改方案。");
            case CommitmentProcess.TASK_WRITE_PLAN -> {
                if ("return".equals(task.getVariable(Vars.PLAN_DECISION))) {
                    commitment(task, NotificationKind.PLAN_RETURNED, "实施方案被督查室退回，意见："
                            + text(task.getVariable(Vars.PLAN_REVIEW_COMMENT)) + "。请修改后重新报送。");
                }
            }
            case ScorecardProcess.TASK_EXPLAIN -> notifications.send(Notice.forTask(NotificationKind.SCORECARD_EXPLANATION, null,
                    "【晾晒成绩单】" + text(task.getVariable(ScorecardProcess.Vars.PERIOD_LABEL)) + "成绩单已发布",
                    "【晾晒成绩单】" + text(task.getVariable(ScorecardProcess.Vars.PERIOD_LABEL)) + "晾晒成绩单已发布，贵单位排名靠后，请于 " + due(task.getDueDate())
                            + " 前说明情况和整改措施。", task.getId(), candidates(task)));
            default -> {
                // other tasks are for the supervision office and leaders, who work in Tasklist all day
            }
        }
    }

    /**
     * A returned closure sends the commitment back to monthly reporting, with no task to open until the target is
     * reported again: the bureau is told when 督查室 decides, with the commitment's page.
     */
    private void completed(DelegateTask task) {
        if (CommitmentProcess.TASK_VERIFY_CLOSURE.equals(task.getTaskDefinitionKey())
                && "return".equals(task.getVariable(Vars.CLOSURE_DECISION))) {
            Addressees.About about = addressees.of(task);
            String id = about.id();
            String title = about.title();
            String head = "【" + NotificationKind.CLOSURE_RETURNED.label() + "】" + id;
            notifications.send(Notice.forPage(NotificationKind.CLOSURE_RETURNED, id, head + " " + title,
                    head + "「" + title + "」：办结申请被督查室退回，意见：" + text(task.getVariable(Vars.CLOSURE_COMMENT))
                            + "。请继续按月报送进度，补充佐证材料后重新申请。", "/duban/commitment.html?id=" + id,
                    about.bureau()));
        }
    }

    private void commitment(DelegateTask task, NotificationKind kind, String asked) {
        Addressees.About about = addressees.of(task);
        String id = about.id();
        String title = about.title();
        notifications.send(Notice.forTask(kind, id, "【" + kind.label() + "】" + id + " " + title,
                "【" + kind.label() + "】" + id + "「" + title + "」：" + asked, task.getId(), candidates(task)));
    }

    /**
     * Red, twice yellow or long overdue: the supervision office is asked to issue a 督办单 (its task), the bureau and
     * its leader are told it is coming (the commitment's page: they cannot open 督查室's task).
     */
    private void escalated(DelegateTask task) {
        Addressees.About about = addressees.of(task);
        String id = about.id();
        String title = about.title();
        String cause = text(task.getVariable(Vars.ESCALATION_CAUSE));
        String head = "【" + NotificationKind.ESCALATED.label() + "】" + id;
        notifications.send(Notice.forTask(NotificationKind.ESCALATED, id, head + " " + title,
                head + "「" + title + "」：" + cause + "。请下发督办单。", task.getId(), candidates(task)));
        notifications.send(Notice.forPage(NotificationKind.ESCALATED, id, head + " " + title,
                head + "「" + title + "」：" + cause + "。区政府督查室将下发督办单，请提前研究整改措施。",
                "/duban/commitment.html?id=" + id, about.bureauAndLeader()));
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
