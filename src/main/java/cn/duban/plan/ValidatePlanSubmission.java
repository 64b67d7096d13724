package cn.duban.plan;

import cn.duban.commitment.CommitmentProcess.Vars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks a submitted implementation plan on the server, whatever the browser let through. A rejected
 * submission rolls back: the task stays open and the message names each wrong field.
 */
@Component
public class ValidatePlanSubmission implements TaskListener {

    static final int MIN_MEASURES_LENGTH = 10;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");
    private static final List<String> STATUSES = List.of("未启动", "推进中", "已完成");

    @Override
    public void notify(DelegateTask task) {
        List<String> problems = new ArrayList<>();
        String measures = text(task, PlanForm.MEASURES);
        if (measures.length() < MIN_MEASURES_LENGTH) {
            problems.add("「主要举措」(" + PlanForm.MEASURES + ") 必填，且不少于" + MIN_MEASURES_LENGTH + "个字");
        }
        if (text(task, PlanForm.CONTACT_PERSON).isEmpty()) {
            problems.add("「联系人」(" + PlanForm.CONTACT_PERSON + ") 必填");
        }
        if (!PHONE.matcher(text(task, PlanForm.CONTACT_PHONE)).matches()) {
            problems.add("「联系电话」(" + PlanForm.CONTACT_PHONE + ") 必填，应为7至20位数字（可含 - 和括号）");
        }
        int dueQuarter = (LocalDate.parse((String) task.getVariable(Vars.DEADLINE)).getMonthValue() - 1) / 3 + 1;
        if ("quantitative".equals(task.getVariable(Vars.KIND))) {
            checkValues(task, dueQuarter, problems);
        } else {
            checkStatuses(task, dueQuarter, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("实施方案未通过校验：" + String.join("；", problems));
        }
    }

    private static void checkValues(DelegateTask task, int dueQuarter, List<String> problems) {
        boolean cumulative = "at-least".equals(task.getVariable(Vars.DIRECTION));
        double target = ((Number) task.getVariable(Vars.TARGET_VALUE)).doubleValue();
        double previous = 0;
        for (int quarter = 1; quarter <= 4; quarter++) {
            String field = PlanForm.plannedValue(quarter);
            Object value = task.getVariable(field);
            if (!(value instanceof Number number)) {
                problems.add("「" + quarter + "季度末计划」(" + field + ") 必填，且须为数字");
                return;
            }
            double planned = number.doubleValue();
            if (cumulative && planned < 0) {
                problems.add("「" + quarter + "季度末计划」(" + field + ") 不能为负数");
            } else if (cumulative && planned < previous) {
                problems.add("「" + quarter + "季度末计划」(" + field + ") 小于上一季度，累计计划不能下降");
            } else if (cumulative && quarter == dueQuarter && planned < target) {
                problems.add("「" + quarter + "季度末计划」(" + field + ") 低于年度目标，截止季度的累计计划须达到目标");
            }
            previous = planned;
        }
    }

    private static void checkStatuses(DelegateTask task, int dueQuarter, List<String> problems) {
        int previous = 0;
        for (int quarter = 1; quarter <= 4; quarter++) {
            String field = PlanForm.plannedStatus(quarter);
            int status = STATUSES.indexOf(text(task, field));
            if (status < 0) {
                problems.add("「" + quarter + "季度末状态」(" + field + ") 必选：未启动、推进中或已完成");
                return;
            }
            if (status < previous) {
                problems.add("「" + quarter + "季度末状态」(" + field + ") 比上一季度倒退");
            } else if (quarter == dueQuarter && status != STATUSES.size() - 1) {
                problems.add("「" + quarter + "季度末状态」(" + field + ") 截止季度须为“已完成”");
            }
            previous = status;
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? "" : value.toString().strip();
    }
}
