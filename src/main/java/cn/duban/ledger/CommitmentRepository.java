package cn.duban.ledger;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitmentRepository extends JpaRepository<CommitmentRecord, String> {

    List<CommitmentRecord> findByLeadBureauIdOrderById(String leadBureauId);
}
