package cn.duban.scorecard;

import cn.duban.plan.Actors;
import cn.duban.scorecard.ScorecardProcess.Vars;
import cn.duban.system.EngineClock;
import cn.duban.system.FormCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 说明情况: a bottom-ranked bureau explains its results and its measures; attached to the published scorecard. */
@Component
public class RecordScorecardExplanation implements TaskListener {

    static final int MIN_LENGTH = 10;

    private final ScorecardStore store;

    RecordScorecardExplanation(ScorecardStore store) {
        this.store = store;
    }

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("情况说明", task)
                .minLength(Vars.EXPLANATION, "情况说明", MIN_LENGTH)
                .minLength(Vars.MEASURES, "整改措施", MIN_LENGTH);
        check.verify();
        store.addExplanation(store.idOf(task),
                PrepareScorecardTask.explainingBureau(task), check.text(Vars.EXPLANATION), check.text(Vars.MEASURES),
                Actors.current(task), EngineClock.nowInZone().toLocalDateTime());
    }
}
