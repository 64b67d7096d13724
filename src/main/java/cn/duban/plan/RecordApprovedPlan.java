package cn.duban.plan;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.ledger.MilestoneStatus;
import cn.duban.system.EngineClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the supervision office approves the plan, its quarterly milestones become baseline version 1. */
@Component
public class RecordApprovedPlan implements ExecutionListener {

    private final Baselines baselines;

    RecordApprovedPlan(Baselines baselines) {
        this.baselines = baselines;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String commitmentId = (String) execution.getVariable(Vars.COMMITMENT_ID);
        LocalDate deadline = LocalDate.parse((String) execution.getVariable(Vars.DEADLINE));
        List<BigDecimal> values = null;
        List<MilestoneStatus> statuses = null;
        BigDecimal target = null;
        if ("quantitative".equals(execution.getVariable(Vars.KIND))) {
            target = new BigDecimal(execution.getVariable(Vars.TARGET_VALUE).toString());
            values = new ArrayList<>();
            for (int quarter = 1; quarter <= Baseline.QUARTERS; quarter++) {
                values.add(new BigDecimal(execution.getVariable(PlanForm.plannedValue(quarter)).toString()));
            }
        } else {
            statuses = new ArrayList<>();
            for (int quarter = 1; quarter <= Baseline.QUARTERS; quarter++) {
                String label = (String) execution.getVariable(PlanForm.plannedStatus(quarter));
                statuses.add(MilestoneStatus.fromLabel(label).orElseThrow());
            }
        }
        int version = baselines.current(commitmentId).map(Baseline::version).orElse(0) + 1;
        baselines.add(new Baseline(commitmentId, version, deadline, target, values, statuses, "实施方案审核通过"),
                Actors.current(execution), EngineClock.now());
    }
}
