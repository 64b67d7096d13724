package cn.duban.dispatch;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.CommitmentState;
import cn.duban.commitment.CommitmentStates;
import java.util.Optional;
import cn.duban.ledger.MilestoneStatus;
import cn.duban.system.EngineClock;
import cn.duban.system.FormCheck;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of a progress report: the figure is a number ≥ 0; a cumulative amount lower than last
 * time only with a correction reason; far above the target only when confirmed; behind trajectory only with a delay reason;
 * an extension or target change request needs a reason and a valid new deadline or target.
 */
@Component
public class ValidateProgressReport implements TaskListener {

    /** A cumulative value this many times the target is more likely a typo (万 vs 个) than a triumph. */
    static final BigDecimal FAR_ABOVE_TARGET = new BigDecimal("1.5");
    private static final List<String> STATUSES = Arrays.stream(MilestoneStatus.values()).map(MilestoneStatus::label).toList();

    private final ProgressAssessment assessment;
    private final CommitmentStates states;
    private final ReportPeriods periods;
    private final ProgressReports reports;

    ValidateProgressReport(ProgressAssessment assessment, CommitmentStates states, ReportPeriods periods, ProgressReports reports) {
        this.assessment = assessment;
        this.states = states;
        this.periods = periods;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("进度填报", task)
                .required(Vars.WORK_DONE, "本期完成工作")
                .required(Vars.NEXT_STEPS, "下步工作计划");
        CommitmentState state = states.of(task);
        ReportPeriod period = periods.current(task.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("承诺事项 " + state.commitmentId() + " 没有待填报的报告期"));
        Optional<ProgressReports.Latest> last = reports.latest(state.commitmentId());
        boolean quantitative = state.quantitative();
        boolean figureValid = quantitative ? checkFigure(state, last, check) : checkStatus(last, check);
        if (figureValid && !check.hasProblems() && assessment.assess(state, period.periodEnd(),
                check.number(Vars.CUMULATIVE_VALUE).orElse(null), check.text(Vars.PROGRESS_STATUS)).behind()) {
            if (check.text(Vars.DELAY_REASON).isEmpty()) {
                check.problem(Vars.DELAY_REASON, "滞后原因", "进度落后于序时进度，须说明滞后原因");
            }
        }
        if (check.flag(Vars.REQUEST_CHANGE)) {
            checkChangeRequest(check, quantitative);
        }
        check.verify();
    }

    private static boolean checkFigure(CommitmentState state, Optional<ProgressReports.Latest> latest, FormCheck check) {
        var value = check.number(Vars.CUMULATIVE_VALUE);
        if (value.isEmpty() || value.get().signum() < 0) {
            check.problem(Vars.CUMULATIVE_VALUE, "累计完成值", "必填，且须为不小于0的数字");
            return false;
        }
        boolean cumulative = state.cumulative();
        BigDecimal last = latest.map(ProgressReports.Latest::value).orElse(null);
        // a year-to-date growth rate may fall back; only a cumulative amount that shrinks needs explaining
        if (cumulative && last != null && value.get().compareTo(last) < 0
                && check.text(Vars.CORRECTION_REASON).isEmpty()) {
            check.problem(Vars.CORRECTION_REASON, "下调原因", "累计值低于上期（" + last.stripTrailingZeros().toPlainString()
                    + "），须说明下调原因");
        }
        BigDecimal target = state.target();
        if (cumulative && target.signum() > 0
                && value.get().compareTo(target.multiply(FAR_ABOVE_TARGET)) > 0 && !check.flag(Vars.CONFIRM_ABOVE_TARGET)) {
            check.problem(Vars.CONFIRM_ABOVE_TARGET, "确认累计值明显超出年度目标",
                    "累计值超过年度目标的1.5倍，请核对单位后勾选确认");
        }
        return true;
    }

    private static boolean checkStatus(Optional<ProgressReports.Latest> latest, FormCheck check) {
        check.oneOf(Vars.PROGRESS_STATUS, "当前状态", STATUSES);
        if (check.hasProblems()) {
            return false;
        }
        String last = latest.map(ProgressReports.Latest::status).orElse(null);
        if (last != null && STATUSES.indexOf(check.text(Vars.PROGRESS_STATUS)) < STATUSES.indexOf(last)
                && check.text(Vars.CORRECTION_REASON).isEmpty()) {
            check.problem(Vars.CORRECTION_REASON, "下调原因", "状态比上期（" + last + "）倒退，须说明原因");
        }
        return true;
    }

    private static void checkChangeRequest(FormCheck check, boolean quantitative) {
        check.minLength(Vars.CHANGE_REASON, "申请理由", 5);
        boolean newDeadline = !check.text(Vars.CHANGE_NEW_DEADLINE).isEmpty();
        boolean newTarget = quantitative && check.number(Vars.CHANGE_NEW_TARGET).isPresent();
        if (!newDeadline && !newTarget) {
            check.problem(Vars.CHANGE_NEW_DEADLINE, "申请调整后的完成时限", "申请延期或调整时须填写新的完成时限或新的目标值");
        }
        if (newDeadline) {
            check.date(Vars.CHANGE_NEW_DEADLINE, "申请调整后的完成时限").ifPresent(date -> {
                if (date.isBefore(EngineClock.today())) {
                    check.problem(Vars.CHANGE_NEW_DEADLINE, "申请调整后的完成时限", "不能早于今天");
                }
            });
        }
        if (quantitative && !check.text(Vars.CHANGE_NEW_TARGET).isEmpty()
                && check.number(Vars.CHANGE_NEW_TARGET).filter(value -> value.signum() > 0).isEmpty()) {
            check.problem(Vars.CHANGE_NEW_TARGET, "申请调整后的目标值", "须为大于0的数字");
        }
    }
}
