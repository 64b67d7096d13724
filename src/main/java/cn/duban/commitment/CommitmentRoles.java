package cn.duban.commitment;

import cn.duban.ledger.CommitmentRecord;
import cn.duban.ledger.CommitmentRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Whom the model offers a commitment's tasks, read from the ledger by the business key: the lead bureau and the
 * responsible leader. Called from the model as {@code ${commitmentRoles.leadBureau(execution)}}, so no variable decides
 * which bureau gets the work.
 */
@Component("commitmentRoles")
public class CommitmentRoles {

    private final CommitmentRepository commitments;

    CommitmentRoles(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    public String leadBureau(DelegateExecution execution) {
        return record(execution).getLeadBureauId();
    }

    public String leader(DelegateExecution execution) {
        return record(execution).getLeaderId();
    }

    private CommitmentRecord record(DelegateExecution execution) {
        String id = CommitmentStates.commitmentId(execution);
        return commitments.findById(id).orElseThrow(() -> new IllegalStateException("业务键 " + id + " 不是台账中的承诺事项"));
    }
}
