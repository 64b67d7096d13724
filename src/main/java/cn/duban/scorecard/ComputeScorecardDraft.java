package cn.duban.scorecard;

import cn.duban.ledger.BureauRepository;
import cn.duban.scorecard.ScorecardProcess.Vars;
import cn.duban.system.EngineClock;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Counts every bureau's figures for the period (the one asked for, or the month before the monthly run), scores
 * and ranks them, and stores the result as a draft for review.
 */
@Component
public class ComputeScorecardDraft implements JavaDelegate {

    private final ScorecardFigures figures;
    private final ScoringFormula formula;
    private final ScorecardStore store;
    private final BureauRepository bureaus;

    ComputeScorecardDraft(ScorecardFigures figures, ScoringFormula formula, ScorecardStore store, BureauRepository bureaus) {
        this.figures = figures;
        this.formula = formula;
        this.store = store;
        this.bureaus = bureaus;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScorecardPeriod period = ScorecardPeriod.parse((String) execution.getVariable(Vars.PERIOD))
                .orElseGet(() -> ScorecardPeriod.before(EngineClock.today()));
        List<ScorecardRow> rows = Ranking.rank(figures.of(period).stream().map(this::row).toList());
        long id = store.createDraft(period, execution.getProcessInstanceId(), EngineClock.nowInZone().toLocalDateTime(), rows);
        execution.setVariable(Vars.PERIOD, period.code());
        execution.setVariable(Vars.PERIOD_LABEL, period.label());
        execution.setVariable(Vars.SCORECARD_ID, id);
        execution.setVariable(Vars.ALREADY_PUBLISHED, store.isPublished(period));
        execution.setVariable(Vars.SCORECARD_LINK, "/duban/scorecard.html?id=" + id);
        execution.setVariable(Vars.DRAFT_SUMMARY, DraftSummary.of(rows, bureaus.shortNames()));
        execution.setVariable(Vars.NOTHING_MEASURED, NothingMeasured.in(rows));
    }

    private ScorecardRow row(BureauFigures bureau) {
        BigDecimal score = formula.score(bureau);
        return new ScorecardRow(bureau, score, BigDecimal.ZERO.setScale(2), null, null, score, 0, null);
    }
}
