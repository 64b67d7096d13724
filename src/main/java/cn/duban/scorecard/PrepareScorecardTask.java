package cn.duban.scorecard;

import cn.duban.scorecard.ScorecardProcess.Vars;
import cn.duban.system.EngineClock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a scorecard task by its period (and bureau, for 说明情况), sets due and follow-up dates, and shows an
 * explaining bureau its own rank and score.
 */
@Component
public class PrepareScorecardTask implements TaskListener {

    private static final LocalTime DUE_TIME = LocalTime.of(18, 0);

    private final ScorecardProperties settings;
    private final ScorecardStore store;
    private final BureauNames names;

    PrepareScorecardTask(ScorecardProperties settings, ScorecardStore store, BureauNames names) {
        this.settings = settings;
        this.store = store;
        this.names = names;
    }

    @Override
    public void notify(DelegateTask task) {
        String name = task.getName() + " · " + task.getVariable(Vars.PERIOD_LABEL) + "晾晒成绩单";
        if (ScorecardProcess.TASK_EXPLAIN.equals(task.getTaskDefinitionKey())) {
            String bureau = (String) task.getVariable(Vars.EXPLAINING_BUREAU);
            long id = ((Number) task.getVariable(Vars.SCORECARD_ID)).longValue();
            ScorecardRow row = store.rows(id).stream().filter(r -> r.bureauId().equals(bureau)).findFirst().orElseThrow();
            String bureauName = names.all().getOrDefault(bureau, bureau);
            task.setVariableLocal(Vars.EXPLAIN_BUREAU_NAME, bureauName);
            task.setVariableLocal(Vars.EXPLAIN_RANKING, row.ranking());
            task.setVariableLocal(Vars.EXPLAIN_SCORE, row.score().toPlainString());
            name += " · " + bureauName;
        }
        task.setName(name);
        task.setDueDate(Date.from(EngineClock.today().plusDays(settings.taskDueDays()).atTime(DUE_TIME)
                .atZone(EngineClock.nowInZone().getZone()).toInstant()));
        task.setFollowUpDate(Date.from(task.getDueDate().toInstant().minus(Duration.ofDays(1))));
    }

}
