package cn.duban.nodes;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The year as one node plays it without interruption: what the crash test and the cluster test compare their plays
 * with. Played once per test JVM for the ledger size and end the tests ask for.
 */
final class ReferenceYear {

    /** Every {@code step}-th commitment of the shipped ledger (7: 13 of them, a third of the ledger's kinds and bureaus). */
    static final int STEP = Integer.getInteger("nodes.step", 7);
    static final LocalDateTime UNTIL = LocalDateTime.parse(System.getProperty("nodes.until", "2024-04-20T09:00"));
    /** Where every play keeps its nodes' logs and configuration, for whoever reads a failure. */
    static final Path HOME = Path.of("target", "nodes").toAbsolutePath();

    private static final Logger log = LoggerFactory.getLogger(ReferenceYear.class);
    private static YearRecord record;
    private static AssertionError failed;

    private ReferenceYear() {
    }

    static synchronized YearRecord record() throws Exception {
        if (failed != null) {
            throw failed;
        }
        if (record == null) {
            try {
                play();
            } catch (Exception | AssertionError e) {
                failed = new AssertionError("the reference year failed", e);
                throw failed;
            }
        }
        return record;
    }

    private static void play() throws Exception {
        {
            FileSystemUtils.deleteRecursively(HOME);
            try (Play play = new Play("reference", HOME.resolve("reference"), NodesPostgres.port(), STEP, 1)) {
                Instant started = Instant.now();
                play.start();
                play.play(UNTIL);
                play.stop();
                ExactlyOnce.check(play, UNTIL);
                record = YearRecord.of(play.database());
                log.info("reference play (every {}th commitment until {}): {} in {} s", STEP, UNTIL, record.summary(),
                        Play.since(started).toSeconds());
            }
        }
    }
}
