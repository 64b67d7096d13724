package cn.duban.scorecard;

import cn.duban.scorecard.ScorecardProcess.Vars;
import cn.duban.system.EngineClock;
import cn.duban.system.FormCheck;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * An on-demand run names a month that has ended and has no published scorecard yet; the monthly calendar names
 * none, and the draft is then for the month before.
 */
@Component
public class ValidateScorecardRequest implements ExecutionListener {

    private final ScorecardStore store;

    ValidateScorecardRequest(ScorecardStore store) {
        this.store = store;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormCheck check = FormCheck.of("生成成绩单", execution);
        if (check.text(Vars.PERIOD).isEmpty()) {
            return;
        }
        var period = ScorecardPeriod.parse(check.text(Vars.PERIOD));
        if (period.isEmpty()) {
            check.problem(Vars.PERIOD, "成绩单月份", "须为 YYYY-MM 格式的月份，例如 2024-03");
        } else if (!period.get().month().isBefore(YearMonth.from(EngineClock.today()))) {
            check.problem(Vars.PERIOD, "成绩单月份", "须为已结束的月份（当前为 " + YearMonth.from(EngineClock.today()) + "）");
        } else if (store.isPublished(period.get())) {
            check.problem(Vars.PERIOD, "成绩单月份", period.get().label() + "的成绩单已发布，不能重复生成");
        }
        check.verify();
    }
}
