package cn.duban.scorecard;

import cn.duban.forms.FreshFields;
import cn.duban.ledger.BureauRepository;
import cn.duban.system.TaskDates;
import cn.duban.scorecard.ScorecardProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Names a scorecard task by its period (and bureau, for 说明情况), sets due and follow-up dates, and shows an
 * explaining bureau its own rank and score.
 */
@Component
public class PrepareScorecardTask implements TaskListener {

    private final ScorecardProperties settings;
    private final ScorecardStore store;
    private final BureauRepository bureaus;
    private final FreshFields freshFields;

    PrepareScorecardTask(ScorecardProperties settings, ScorecardStore store, BureauRepository bureaus, FreshFields freshFields) {
        this.settings = settings;
        this.store = store;
        this.bureaus = bureaus;
        this.freshFields = freshFields;
    }

    @Override
    public void notify(DelegateTask task) {
        freshFields.clear(task);
        String name = task.getName() + " · " + task.getVariable(Vars.PERIOD_LABEL) + "晾晒成绩单";
        if (ScorecardProcess.TASK_EXPLAIN.equals(task.getTaskDefinitionKey())) {
            String bureau = explainingBureau(task);
            long id = store.idOf(task);
            ScorecardRow row = store.rows(id).stream().filter(r -> r.bureauId().equals(bureau)).findFirst().orElseThrow();
            String bureauName = bureaus.shortNames().getOrDefault(bureau, bureau);
            task.setVariableLocal(Vars.EXPLAIN_BUREAU_NAME, bureauName);
            task.setVariableLocal(Vars.EXPLAIN_RANKING, row.ranking());
            task.setVariableLocal(Vars.EXPLAIN_SCORE, row.score().toPlainString());
            name += " · " + bureauName;
        }
        task.setName(name);
        task.setDueDate(TaskDates.dueInDays(settings.taskDueDays()));
        task.setFollowUpDate(TaskDates.dayBefore(task.getDueDate()));
    }

    /** The bureau a 说明情况 task is offered to: its candidate group, which the engine keeps, not a variable. */
    static String explainingBureau(DelegateTask task) {
        return task.getCandidates().stream().map(IdentityLink::getGroupId).filter(group -> group != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("说明情况任务 " + task.getId() + " 没有承办单位"));
    }

}
