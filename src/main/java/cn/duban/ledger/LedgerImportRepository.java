package cn.duban.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LedgerImportRepository extends JpaRepository<LedgerImportRecord, Long> {
}
