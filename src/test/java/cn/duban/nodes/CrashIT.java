package cn.duban.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashIT -Dnodes.step=1
 * -Dnodes.until=2024-12-31T23:00 -Dcrash.kills=12}.
 */
class CrashIT {

    private static final Logger log = LoggerFactory.getLogger(CrashIT.class);

    static final int KILLS = Integer.getInteger("crash.kills", 3);
    static final long SEED = Long.getLong("crash.seed", System.nanoTime());

    @Test
    void aYearKilledAtRandomMomentsEndsExactlyAsTheSameYearUninterrupted() throws Exception {
        YearRecord reference = ReferenceYear.record();
        log.info("crash test: {} kills, seed {} (-Dcrash.seed={} repeats the moments)", KILLS, SEED, SEED);
        try (Play play = new Play("crashed", ReferenceYear.HOME.resolve("crashed"), NodesPostgres.port(), ReferenceYear.STEP, 1)) {
            Instant started = Instant.now();
            play.start();
            Killer killer = new Killer(play.servers().get(0), play.driver(), killMoments(new Random(SEED)), new Random(SEED), play.database());
            killer.start();
            try {
                play.play(ReferenceYear.UNTIL);
            } finally {
                killer.finish();
            }
            play.stop();
            YearRecord crashed = YearRecord.of(play.database());
            log.info("crashed play: {} in {} s; kills: {}; calls unanswered: {}; lock expiries waited for: {}",
                    crashed.summary(), Play.since(started).toSeconds(), killer.moments, play.driver().unanswered(),
                    play.driver().lockJumps());
            assertThat(killer.moments).as("kill -9 moments").hasSize(KILLS);
            assertThat(play.servers().get(0).starts()).isEqualTo(KILLS + 1);
            String differences = crashed.differencesFrom(reference);
            if (!differences.isEmpty()) {
                log.error("the crashed year differs from the uninterrupted one:\n{}", differences);
            }
            ExactlyOnce.check(play, ReferenceYear.UNTIL);
            assertThat(differences).as("the crashed year differs from the uninterrupted one (+ crashed, - reference)").isEmpty();
        }
        assertThat(reference.sections().get("progress reports")).as("the short year is not empty").hasSizeGreaterThan(20);
        assertThat(reference.sections().get("supervision notices")).as("escalation reached").isNotEmpty();
        assertThat(reference.sections().get("scorecards")).as("scorecards published").isNotEmpty();
    }

    /**
     * When to kill, in engine time: uniformly over the play (its last ten days left out, so every kill happens whatever
     * the machine's speed); the killer then waits up to two seconds more, so a kill lands anywhere in the work of that moment.
     */
    static List<java.time.LocalDateTime> killMoments(Random random) {
        long span = java.time.Duration.between(Play.START, ReferenceYear.UNTIL.minusDays(10)).toMinutes();
        List<java.time.LocalDateTime> moments = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            moments.add(Play.START.plusMinutes((long) (random.nextDouble() * span)));
        }
        moments.sort(null);
        return moments;
    }

    /** Kills the server with kill -9 at random moments and starts it again, until it has killed KILLS times. */
    static final class Killer extends Thread {

        final List<String> moments = new ArrayList<>();
        private final ServerProcess server;
        private final YearDriver driver;
        private final Random random;
        private final List<java.time.LocalDateTime> when;
        private final Database deadLocks;
        private volatile boolean finished;
        private volatile Throwable failure;

        Killer(ServerProcess server, YearDriver driver, List<java.time.LocalDateTime> when, Random random, Database database) {
            super("killer");
            this.when = when;
            this.deadLocks = new Database(database.url());
            this.server = server;
            this.driver = driver;
            this.random = random;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                for (int i = 0; i < when.size() && !finished; i++) {
                    while (driver.now().isBefore(when.get(i)) && !finished) {
                        Thread.sleep(50);
                    }
                    Thread.sleep(random.nextInt(2000));
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
