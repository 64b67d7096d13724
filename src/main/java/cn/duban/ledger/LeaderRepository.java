package cn.duban.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaderRepository extends JpaRepository<LeaderRecord, String> {
}
