package cn.duban.ledger;

import org.springframework.jdbc.core.ConnectionCallback;
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
    private volatile Boolean postgresql;

    CustomPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void forThisTransaction() {
        if (postgresql == null) {
            postgresql = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
        }
        if (Boolean.TRUE.equals(postgresql)) {
            jdbc.execute("set local plan_cache_mode = force_custom_plan");
        }
    }
}
