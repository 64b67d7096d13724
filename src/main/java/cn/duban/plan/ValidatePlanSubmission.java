package cn.duban.plan;

import cn.duban.commitment.CommitmentState;
import cn.duban.commitment.CommitmentStates;
import cn.duban.ledger.MilestoneStatus;
import cn.duban.system.FormCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks a submitted implementation plan on the server, whatever the browser let through: measures,
 * contact, and a quarterly plan that never goes backwards and reaches the target by the deadline's quarter.
 */
@Component
public class ValidatePlanSubmission implements TaskListener {

    private final CommitmentStates states;

    ValidatePlanSubmission(CommitmentStates states) {
        this.states = states;
    }

    static final int MIN_MEASURES_LENGTH = 10;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");
    private static final List<String> STATUSES = Arrays.stream(MilestoneStatus.values()).map(MilestoneStatus::label).toList();

    @Override
    public void notify(DelegateTask task) {
        FormCheck check = FormCheck.of("实施方案", task)
                .minLength(PlanForm.MEASURES, "主要举措", MIN_MEASURES_LENGTH)
                .required(PlanForm.CONTACT_PERSON, "联系人");
        if (!PHONE.matcher(check.text(PlanForm.CONTACT_PHONE)).matches()) {
            check.problem(PlanForm.CONTACT_PHONE, "联系电话", "必填，应为7至20位数字（可含 - 和括号）");
        }
        CommitmentState state = states.of(task);
        int dueQuarter = Baseline.quarterOf(state.deadline());
        if (state.quantitative()) {
            checkValues(state, check, dueQuarter);
        } else {
            checkStatuses(check, dueQuarter);
        }
        check.verify();
    }

    private static void checkValues(CommitmentState state, FormCheck check, int dueQuarter) {
        boolean cumulative = state.cumulative();
        BigDecimal target = state.target();
        BigDecimal previous = BigDecimal.ZERO;
        for (int quarter = 1; quarter <= Baseline.QUARTERS; quarter++) {
            String field = PlanForm.plannedValue(quarter);
            String label = quarter + "季度末计划";
            Optional<BigDecimal> planned = check.number(field);
            if (planned.isEmpty()) {
                check.problem(field, label, "必填，且须为数字");
                return;
            }
            if (cumulative && planned.get().signum() < 0) {
                check.problem(field, label, "不能为负数");
            } else if (cumulative && planned.get().compareTo(previous) < 0) {
                check.problem(field, label, "小于上一季度，累计计划不能下降");
            } else if (cumulative && quarter == dueQuarter && planned.get().compareTo(target) < 0) {
                check.problem(field, label, "低于年度目标，截止季度的累计计划须达到目标");
            }
            previous = planned.get();
        }
    }

    private static void checkStatuses(FormCheck check, int dueQuarter) {
        int previous = 0;
        for (int quarter = 1; quarter <= Baseline.QUARTERS; quarter++) {
            String field = PlanForm.plannedStatus(quarter);
            String label = quarter + "季度末状态";
            int status = STATUSES.indexOf(check.text(field));
            if (status < 0) {
                check.problem(field, label, "必选：未启动、推进中或已完成");
                return;
            }
            if (status < previous) {
                check.problem(field, label, "比上一季度倒退");
            } else if (quarter == dueQuarter && status != STATUSES.size() - 1) {
                check.problem(field, label, "截止季度须为“已完成”");
            }
            previous = status;
        }
    }
}
