package cn.duban.scorecard;

import cn.duban.scorecard.ScorecardProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The supervision office discarded the draft: it stays on record as discarded, never published. */
@Component
public class DiscardScorecard implements JavaDelegate {

    private final ScorecardStore store;

    DiscardScorecard(ScorecardStore store) {
        this.store = store;
    }

    @Override
    public void execute(DelegateExecution execution) {
        store.discard(store.idOf(execution.getProcessInstanceId()));
    }
}
