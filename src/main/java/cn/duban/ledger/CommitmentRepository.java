package cn.duban.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitmentRepository extends JpaRepository<CommitmentRecord, String> {
}
