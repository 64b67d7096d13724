package cn.duban.plan;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.CommitmentStates;
import cn.duban.dispatch.DispatchCalendar;
import cn.duban.system.EngineClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * An approved extension or target change becomes a new baseline version; the old one stays. The process
 * follows the new deadline (its timer is moved) and the trajectory follows the new plan.
 */
@Component
public class ApplyChange implements JavaDelegate {

    private final Baselines baselines;
    private final DispatchCalendar calendar;
    private final ChangeRequests changes;

    ApplyChange(Baselines baselines, DispatchCalendar calendar, ChangeRequests changes) {
        this.baselines = baselines;
        this.calendar = calendar;
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String commitmentId = CommitmentStates.commitmentId(execution);
        Baseline current = baselines.current(commitmentId).orElseThrow();
        ChangeRequests.Request request = changes.approved(execution.getProcessInstanceId());
        LocalDate deadline = request.newDeadline().orElse(current.deadline());
        BigDecimal target = current.quantitative() ? request.newTarget().orElse(current.targetValue()) : current.targetValue();
        Baseline changed = current.changedTo(deadline, target, EngineClock.today(), "延期/调整：" + request.reason());
        baselines.add(changed, Actors.current(execution), EngineClock.now());

        execution.setVariable(Vars.DEADLINE, deadline.toString());
        if (current.quantitative()) {
            execution.setVariable(Vars.TARGET_VALUE, target.doubleValue());
            execution.setVariable(Vars.TARGET_TEXT, "达到" + target.stripTrailingZeros().toPlainString()
                    + (execution.getVariable(Vars.TARGET_UNIT) == null ? "" : execution.getVariable(Vars.TARGET_UNIT))
                    + "（第" + changed.version() + "版基线）");
        }
        var deadlineAt = calendar.deadlineAt(deadline);
        execution.setVariable(Vars.DEADLINE_AT, deadlineAt);
        var management = execution.getProcessEngineServices().getManagementService();
        Job deadlineTimer = management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId(CommitmentProcess.EVENT_DEADLINE_PASSED).singleResult();
        if (deadlineTimer != null) {
            management.setJobDuedate(deadlineTimer.getId(), deadlineAt);
        }
    }
}
