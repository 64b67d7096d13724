package cn.duban.scorecard;

import cn.duban.scorecard.ScorecardProcess.Vars;
import cn.duban.system.EngineClock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes an approved draft: adds each bureau's rank in the previous published scorecard, hashes the content and
 * freezes it. Names the bottom-ranked bureaus, who are then asked to explain.
 */
@Component
public class PublishScorecard implements JavaDelegate {

    private final ScorecardStore store;
    private final ScorecardProperties settings;

    PublishScorecard(ScorecardStore store, ScorecardProperties settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = store.idOf(execution.getProcessInstanceId());
        Scorecard draft = store.find(id).orElseThrow();
        ScorecardPeriod period = ScorecardPeriod.parse(draft.period()).orElseThrow();
        if (store.isPublished(period)) {
            throw new IllegalStateException(period.label() + "的成绩单已发布过，本草稿不能再发布，请作废");
        }
        Scorecard previous = store.latestPublishedBefore(draft.periodStart()).orElse(null);
        Map<String, Integer> previousRanks = previous == null ? Map.of()
                : store.rows(previous.id()).stream().collect(Collectors.toMap(ScorecardRow::bureauId, ScorecardRow::ranking));
        store.saveRanking(id, store.rows(id).stream().map(row -> row.withPreviousRanking(previousRanks.get(row.bureauId()))).toList());
        List<ScorecardRow> rows = store.rows(id);
        String hash = ScorecardHash.of(draft, rows);
        store.publish(id, draft.approvedBy(), EngineClock.nowInZone().toLocalDateTime(),
                previous == null ? null : previous.id(), hash);
        execution.setVariable(Vars.CONTENT_HASH, hash);
        execution.setVariable(Vars.EXPLAINING_BUREAUS, String.join(",", Ranking.bottom(rows, settings.bottomCount())));
    }
}
