package cn.duban.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BureauRepository extends JpaRepository<BureauRecord, String> {
}
