package cn.duban.plan;

import cn.duban.commitment.CommitmentState;
import cn.duban.commitment.CommitmentStates;
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
    private final CommitmentStates states;

    RecordApprovedPlan(Baselines baselines, CommitmentStates states) {
        this.baselines = baselines;
        this.states = states;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CommitmentState state = states.of(execution);
        String commitmentId = state.commitmentId();
        LocalDate deadline = state.deadline();
        List<BigDecimal> values = null;
        List<MilestoneStatus> statuses = null;
        BigDecimal target = null;
        if (state.quantitative()) {
            target = state.target();
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
