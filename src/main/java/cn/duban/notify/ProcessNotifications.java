package cn.duban.notify;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.ledger.BureauRepository;
import cn.duban.scorecard.Scorecard;
import cn.duban.scorecard.ScorecardProcess;
import cn.duban.scorecard.ScorecardStore;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells of what is done rather than asked: a commitment closed (办结销号) to its lead bureau, a 晾晒成绩单 published
 * to every bureau. Listens to the engine's Spring event bridge at the end of the activity that records it.
 */
@Component
class ProcessNotifications {

    static final String TASK_PUBLISH_SCORECARD = "Task_PublishScorecard";

    private final Notifications notifications;
    private final BureauRepository bureaus;

    private final Addressees addressees;
    private final ScorecardStore scorecards;

    ProcessNotifications(Notifications notifications, BureauRepository bureaus, Addressees addressees, ScorecardStore scorecards) {
        this.notifications = notifications;
        this.bureaus = bureaus;
        this.addressees = addressees;
        this.scorecards = scorecards;
    }

    @EventListener
    void onExecution(DelegateExecution execution) {
        if (!ExecutionListener.EVENTNAME_END.equals(execution.getEventName()) || execution.getCurrentActivityId() == null
                || !endOfAnActivity(execution)) {
            return;
        }
        if (CommitmentProcess.EVENT_CLOSED.equals(execution.getCurrentActivityId())) {
            closed(execution);
        } else if (TASK_PUBLISH_SCORECARD.equals(execution.getCurrentActivityId())
                && ScorecardProcess.KEY.equals(processKey(execution))) {
            published(execution);
        }
    }

    private void closed(DelegateExecution execution) {
        Addressees.About about = addressees.of(execution);
        String id = about.id();
        String title = about.title();
        String kind = NotificationKind.CLOSURE_APPROVED.label();
        notifications.send(Notice.forPage(NotificationKind.CLOSURE_APPROVED, id, "【" + kind + "】" + id + " " + title,
                "【" + kind + "】" + id + "「" + title + "」：办结申请已通过区政府督查室核验，事项已办结销号。",
                "/duban/commitment.html?id=" + id, about.bureau()));
    }

    private void published(DelegateExecution execution) {
        long scorecardId = scorecards.idOf(execution.getProcessInstanceId());
        String label = scorecards.find(scorecardId).map(Scorecard::label).orElse("");
        List<String> everyBureau = bureaus.findAll().stream().map(bureau -> bureau.getId()).sorted().toList();
        notifications.send(Notice.forPage(NotificationKind.SCORECARD_PUBLISHED, null, "【晾晒成绩单】" + label + "成绩单已发布",
                "【晾晒成绩单】" + label + "晾晒成绩单已经区领导审批发布，请查看本单位得分、排名和排名变化。",
                "/duban/scorecard.html?id=" + scorecardId, everyBureau));
    }

    /** The process's own end is published too, still naming its last activity: only the activity's end counts. */
    private static boolean endOfAnActivity(DelegateExecution execution) {
        return execution instanceof PvmExecutionImpl pvm && pvm.getEventSource() instanceof ActivityImpl;
    }

    private static String processKey(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
