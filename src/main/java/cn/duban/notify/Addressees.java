package cn.duban.notify;

import cn.duban.commitment.CommitmentStates;
import cn.duban.ledger.CommitmentRecord;
import cn.duban.ledger.CommitmentRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Which commitment a notification is about and who answers for it, from the business key and the ledger — never
 * from a process variable, which whoever works a task could have set.
 */
@Component
class Addressees {

    /** The commitment named in a notification, with its lead bureau and responsible leader. */
    record About(String id, String title, String leadBureau, String leader) {

        List<String> bureau() {
            return List.of(leadBureau);
        }

        List<String> bureauAndLeader() {
            return List.of(leadBureau, leader);
        }
    }

    private final CommitmentRepository commitments;

    Addressees(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    About of(VariableScope scope) {
        String id = CommitmentStates.commitmentId(scope);
        CommitmentRecord record = commitments.findById(id)
                .orElseThrow(() -> new IllegalStateException("业务键 " + id + " 不是台账中的承诺事项"));
        return new About(id, record.getTitle(), record.getLeadBureauId(), record.getLeaderId());
    }
}
