package cn.duban.ledger;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BureauRepository extends JpaRepository<BureauRecord, String> {

    /** Bureau id → short name (e.g. gongxin → 区工信局), for summaries, pages and downloads. */
    default Map<String, String> shortNames() {
        return findAll().stream().collect(Collectors.toMap(BureauRecord::getId, BureauRecord::getShortName));
    }
}
