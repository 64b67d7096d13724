package cn.duban.commitment;

import cn.duban.ledger.CommitmentRecord;
import cn.duban.ledger.CommitmentRepository;
import cn.duban.plan.Baselines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Loads {@link CommitmentState} for the instance an execution or task belongs to, by its business key. */
@Component
public class CommitmentStates {

    private final CommitmentRepository commitments;
    private final Baselines baselines;

    CommitmentStates(CommitmentRepository commitments, Baselines baselines) {
        this.commitments = commitments;
        this.baselines = baselines;
    }

    public CommitmentState of(VariableScope scope) {
        String id = commitmentId(scope);
        CommitmentRecord record = commitments.findById(id)
                .orElseThrow(() -> new IllegalStateException("业务键 " + id + " 不是台账中的承诺事项"));
        return new CommitmentState(id, record.getProcessInstanceId(), record.getKind(), record.getDirection(),
                record.getTargetUnit(), record.getTargetText(), record.getDeadline(), record.getTargetValue(), baselines.current(id));
    }

    /** The commitment an instance is for: its business key, which no form can change. */
    public static String commitmentId(VariableScope scope) {
        if (scope instanceof DelegateTask task) {
            return task.getExecution().getProcessBusinessKey();
        }
        if (scope instanceof DelegateExecution execution) {
            return execution.getProcessBusinessKey();
        }
        throw new IllegalArgumentException("no process instance behind " + scope);
    }
}
