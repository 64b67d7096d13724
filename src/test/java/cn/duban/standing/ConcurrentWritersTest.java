package cn.duban.standing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.LifecycleDriver;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.PostgresWebTest;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions writing about the same commitment at once — a rating and a new report period — both end up in
 * its standing, whichever commits first: the second waits for the first's lock and then reads what it committed.
 */
@PostgresWebTest
class ConcurrentWritersTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommitmentStandings standings;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @Test
    void aWriterThatWaitedForAnotherStillSeesWhatTheOtherCommitted(@TempDir Path folder) throws Exception {
        new LifecycleDriver(engine, importer, jdbc, folder);
        String id = jdbc.queryForObject("select min(id) from commitment", String.class);
        String instance = jdbc.queryForObject("select process_instance_id from commitment where id = ?", String.class, id);
        Timestamp now = Timestamp.from(Instant.parse("2024-02-05T02:00:00Z"));
        CountDownLatch ratedAndLocked = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> rating = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into rating_record (commitment_id, period, rated_at, rating, reason, trajectory_ratio, days_overdue,
                        days_to_deadline, escalated) values (?, '2024-01', ?, 'red', '序时进度比 0.5', 0.5, 0, 300, false)""", id, now);
            standings.refresh(id);
            ratedAndLocked.countDown();
            await(commit);
        }));
        assertThat(ratedAndLocked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> period = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into report_period (commitment_id, process_instance_id, period, period_end, dispatch_mode, opens_at,
                        due_at, reminder_at, overdue_escalation_at) values (?, ?, '2024-02', date '2024-02-29', 'monthly', ?, ?, ?, ?)""",
                    id, instance, now, now, now, now);
            standings.refresh(id);
        }));
        // the second writer is waiting for the first one's lock on the standing before the first commits
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query like '%commitment_standing%'", Integer.class) == 0) {
            assertThat(System.nanoTime()).as("the second writer waits for the first").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(period).isNotDone();
        commit.countDown();
        rating.get(30, TimeUnit.SECONDS);
        period.get(30, TimeUnit.SECONDS);
        Map<String, Object> standing = jdbc.queryForMap("select rating, next_due_at from commitment_standing where commitment_id = ?", id);
        assertThat(standing.get("rating")).isEqualTo("red");
        assertThat(standing.get("next_due_at")).isEqualTo(now);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
