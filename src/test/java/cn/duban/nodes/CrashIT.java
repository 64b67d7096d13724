package cn.duban.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.nodes.YearDriver.Completion;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nothing lost in a crash: the year is played twice on the test's PostgreSQL, each time by a duban server running
 * as its own JVM from the packaged jar, the job executor firing the real timers on the steered engine clock and the
 * driver working every task as the demo user it belongs to. The second play kills the server with {@code kill -9}
 * at random moments and starts it again each time. Both plays must leave exactly the same tasks, reports, ratings,
 * milestone checks, timers and notifications, with nothing twice, and every task the server confirmed as
 * completed must be in the history as completed by its person.
 * <p>
 * Short by default (every 7th commitment, January to mid-April, 3 kills); the long version on demand, e.g.
 * {@code ./mvnw -B verify -Dit.test=CrashIT -Dcrash.step=1 -Dcrash.until=2024-12-31T23:00 -Dcrash.kills=12}.
 */
class CrashIT {

    private static final Logger log = LoggerFactory.getLogger(CrashIT.class);

    static final int STEP = Integer.getInteger("crash.step", 7);
    static final LocalDateTime UNTIL = LocalDateTime.parse(System.getProperty("crash.until", "2024-04-20T09:00"));
    static final int KILLS = Integer.getInteger("crash.kills", 3);
    static final long SEED = Long.getLong("crash.seed", System.nanoTime());
    /** Seconds of wall time between a server serving again and the next kill. */
    static final int MIN_DELAY = Integer.getInteger("crash.minDelay", 2);
    static final int MAX_DELAY = Integer.getInteger("crash.maxDelay", 25);

    static EmbeddedPostgres postgres;

    @TempDir
    Path temp;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aYearKilledAtRandomMomentsEndsExactlyAsTheSameYearUninterrupted() throws Exception {
        log.info("crash test: every {}th commitment until {}, {} kills, seed {} (-Dcrash.seed={} repeats it)", STEP, UNTIL, KILLS, SEED, SEED);
        YearRecord reference;
        try (Play play = new Play("reference", temp.resolve("reference"), postgres.getPort(), STEP, 1)) {
            Instant started = Instant.now();
            play.start();
            play.play(UNTIL);
            play.stop();
            reference = YearRecord.of(play.database());
            assertExactlyOnce(play, 0);
            log.info("reference play: {} in {} s", reference.summary(), Play.since(started).toSeconds());
        }
        try (Play play = new Play("crashed", temp.resolve("crashed"), postgres.getPort(), STEP, 1)) {
            Instant started = Instant.now();
            play.start();
            Killer killer = new Killer(play.servers().get(0), play.driver(), new Random(SEED), play.database());
            killer.start();
            try {
                play.play(UNTIL);
            } finally {
                killer.finish();
            }
            play.stop();
            YearRecord crashed = YearRecord.of(play.database());
            log.info("crashed play: {} in {} s; kills: {}; calls unanswered: {}; lock expiries waited for: {}",
                    crashed.summary(), Play.since(started).toSeconds(), killer.moments, play.driver().unanswered(),
                    play.driver().lockJumps());
            assertThat(killer.moments).as("kill -9 moments (raise -Dcrash.until or lower -Dcrash.maxDelay)").hasSize(KILLS);
            assertThat(play.servers().get(0).starts()).isEqualTo(KILLS + 1);
            assertExactlyOnce(play, KILLS);
            assertThat(crashed.differencesFrom(reference)).as("the crashed year differs from the uninterrupted one (+ crashed, - reference)")
                    .isEmpty();
        }
        assertThat(reference.sections().get("progress reports")).as("the short year is not empty").hasSizeGreaterThan(20);
        assertThat(reference.sections().get("supervision notices")).as("escalation reached").isNotEmpty();
        assertThat(reference.sections().get("scorecards")).as("scorecards published").isNotEmpty();
    }

    /** What holds in any play: nothing twice, nothing stuck, every confirmed completion in the history. */
    static void assertExactlyOnce(Play play, int kills) {
        Database db = play.database();
        assertThat(db.query("select commitment_id || ' ' || period || ' ×' || count(*) from progress_report group by commitment_id, period "
                + "having count(*) > 1", rs -> rs.getString(1))).as("progress reports filed twice").isEmpty();
        assertThat(db.query("select commitment_id || ' ' || period || ' ×' || count(*) from report_period group by commitment_id, period "
                + "having count(*) > 1", rs -> rs.getString(1))).as("report periods opened twice").isEmpty();
        assertThat(db.query("select commitment_id || ' Q' || quarter || ' ×' || count(*) from milestone_check group by commitment_id, quarter "
                + "having count(*) > 1", rs -> rs.getString(1))).as("milestones checked twice").isEmpty();
        assertThat(db.query("select period || ' ×' || count(*) from scorecard where status = 'PUBLISHED' group by period having count(*) > 1",
                rs -> rs.getString(1))).as("scorecards published twice").isEmpty();
        assertThat(db.query("select incident_msg_ from act_ru_incident", rs -> rs.getString(1))).as("incidents").isEmpty();
        assertThat(db.count("select count(*) from act_ru_job where retries_ = 0")).as("jobs out of retries").isZero();
        assertThat(db.dueJobs(UNTIL)).as("due jobs left behind").isZero();

        for (Completion done : play.driver().acknowledged()) {
            List<String> history = db.query("select coalesce(assignee_, '-') || ' ' || coalesce(delete_reason_, 'open') "
                    + "from act_hi_taskinst where id_ = ?", rs -> rs.getString(1), done.taskId());
            assertThat(history).as("task " + done + " confirmed completed").containsExactly(done.user() + " completed");
        }

        List<String> waiting = db.query("select channel || ' ' || recipient || ' ' || title || ' ' || status from notification "
                + "where channel <> 'IN_APP' and status <> 'SENT'", rs -> rs.getString(1));
        assertThat(waiting).as("notifications not delivered").isEmpty();
        Map<String, Integer> received = new HashMap<>();
        play.robot().received().forEach(message -> received.merge(message.recipient() + "\n" + message.content(), 1, Integer::sum));
        List<String> lost = new ArrayList<>();
        int twice = 0;
        for (var row : db.query("select recipient, body, link from notification where channel = 'WECOM'",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
            String key = row[0] + "\n" + row[1];
            long matching = received.entrySet().stream().filter(entry -> entry.getKey().startsWith(key)).mapToLong(Map.Entry::getValue).sum();
            if (matching == 0) {
                lost.add(row[0] + ": " + row[1]);
            }
            twice += matching > 1 ? 1 : 0;
        }
        assertThat(lost).as("robot messages recorded as sent but never received").isEmpty();
        log.info("{}: {} robot messages received for {} rows; {} received more than once", play.name(),
                play.robot().received().size(), db.count("select count(*) from notification where channel = 'WECOM'"), twice);
        // at-least-once channel (README): a resend needs a kill between the robot's answer and the SENT mark
        assertThat(twice).as("robot messages received twice").isLessThanOrEqualTo(kills);
    }

    /** Kills the server with kill -9 at random moments of wall time and starts it again, until it has killed KILLS times. */
    static final class Killer extends Thread {

        final List<String> moments = new ArrayList<>();
        private final ServerProcess server;
        private final YearDriver driver;
        private final Random random;
        private final Database deadLocks;
        private volatile boolean finished;
        private volatile Throwable failure;

        Killer(ServerProcess server, YearDriver driver, Random random, Database database) {
            super("killer");
            this.deadLocks = new Database(database.url());
            this.server = server;
            this.driver = driver;
            this.random = random;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                for (int i = 0; i < KILLS && !finished; i++) {
                    Thread.sleep(1000L * (MIN_DELAY + random.nextInt(MAX_DELAY - MIN_DELAY + 1)) + random.nextInt(1000));
                    if (finished) {
                        return;
                    }
                    String moment = driver.doing();
                    server.kill9();
                    driver.killed(deadLocks.lockOwners());
                    synchronized (moments) {
                        moments.add(moment);
                    }
                    log.info("kill -9 #{} while: {}", i + 1, moment);
                    server.start();
                    server.awaitServing();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                failure = e;
            } finally {
                try {
                    deadLocks.close();
                } catch (java.sql.SQLException e) {
                    log.warn("closing: {}", e.getMessage());
                }
            }
        }

        void finish() throws InterruptedException {
            finished = true;
            interrupt();
            join(ServerProcess.START_TIMEOUT.toMillis());
            if (failure != null) {
                throw new AssertionError("restart after kill -9 failed", failure);
            }
        }
    }
}
