package cn.duban.ledger;

import cn.duban.system.DatabaseVendor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Has PostgreSQL plan every statement of the current transaction for its own parameters and the tables' present
 * size. The import starts thousands of instances in one transaction on tables whose statistics say empty (their
 * rows are not committed, so no autovacuum counts them); a generic plan cached while they were small (a sequential
 * scan of {@code ACT_RU_VARIABLE} for a task's variables) was reused as they grew, and 10,000 commitments took
 * longer than 12 minutes against 72 s for 2,000 (docs/benchmarks.md). {@code SET LOCAL} ends with the transaction.
 */
@Component
public class CustomPlans {

    private final JdbcTemplate jdbc;
    private final DatabaseVendor vendor;

    CustomPlans(JdbcTemplate jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    public void forThisTransaction() {
        if (vendor.postgresql()) {
            jdbc.execute("set local plan_cache_mode = force_custom_plan");
        }
    }
}
