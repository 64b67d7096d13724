package cn.duban.scorecard;

import cn.duban.ledger.BureauRepository;
import cn.duban.plan.Actors;
import cn.duban.scorecard.ScorecardProcess.Vars;
import cn.duban.system.EngineClock;
import cn.duban.system.FormCheck;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Review gate 1 (督查室): submit the draft to the leader, or discard it. Manual adjustments each need a reason;
 * they replace any made in an earlier round, and the draft is re-ranked and recorded with the reviewer.
 */
@Component
public class ValidateScorecardReview implements TaskListener {

    private final ScorecardStore store;
    private final ScorecardProperties settings;
    private final BureauRepository bureaus;

    ValidateScorecardReview(ScorecardStore store, ScorecardProperties settings, BureauRepository bureaus) {
        this.store = store;
        this.settings = settings;
        this.bureaus = bureaus;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = store.idOf(task.getProcessInstanceId());
        List<ScorecardRow> rows = store.rows(id);
        FormCheck check = FormCheck.of("成绩单审核", task)
                .oneOf(Vars.REVIEW_DECISION, "审核结论", List.of("submit", "discard"))
                .minLength(Vars.REVIEW_COMMENT, "审核意见", 2);
        Map<String, Adjustments.Adjustment> adjustments = Adjustments.parse(check.text(Vars.ADJUSTMENTS),
                rows.stream().map(ScorecardRow::bureauId).collect(Collectors.toSet()), settings.maxAdjustment(), check);
        if ("submit".equals(check.text(Vars.REVIEW_DECISION)) && NothingMeasured.in(rows)) {
            check.problem(Vars.REVIEW_DECISION, "审核结论", "本期各单位均无应报送、应评级的事项，成绩单无从比较排名，不予报批；请选择作废");
        }
        check.verify();
        if (!"submit".equals(check.text(Vars.REVIEW_DECISION))) {
            return;
        }
        String reviewer = Actors.current(task);
        List<ScorecardRow> adjusted = rows.stream().map(row -> {
            Adjustments.Adjustment adjustment = adjustments.get(row.bureauId());
            return adjustment == null ? row.adjusted(BigDecimal.ZERO.setScale(2), null, null)
                    : row.adjusted(adjustment.points(), adjustment.reason(), reviewer);
        }).toList();
        List<ScorecardRow> ranked = Ranking.rank(adjusted);
        store.saveRanking(id, ranked);
        store.markReviewed(id, reviewer, EngineClock.nowInZone().toLocalDateTime(), check.text(Vars.REVIEW_COMMENT));
        task.getExecution().setVariable(Vars.DRAFT_SUMMARY, DraftSummary.of(ranked, bureaus.shortNames()));
    }
}
