package cn.duban.nodes;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Job throughput of one, two and three duban nodes on one PostgreSQL, in the same run: a synthetic ledger of
 * {@code benchmark.commitments} entries (scaled from the real one, {@code cn.duban.scale.SyntheticLedger}) is imported by
 * one node with its job executor off, which leaves one robot delivery job per new plan task. The jobs are held back
 * (retries 0) while the measured nodes start, released in one statement once every node serves, and timed until the
 * last is done. Prints jobs/s per node count and the ratio to one node.
 * <p>
 * Needs the packaged jar: {@code ./mvnw -B package -DskipTests && ./mvnw -B test -Pbenchmark -Dtest=ClusterThroughputBenchmark}.
 */
@Tag("benchmark")
class ClusterThroughputBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ClusterThroughputBenchmark.class);
    static final int COMMITMENTS = Integer.getInteger("benchmark.commitments", 2000);
    static final int BUREAUS = Integer.getInteger("benchmark.bureaus", 100);
    static final Path HOME = Path.of("target", "nodes", "throughput").toAbsolutePath();
    private static final Pattern BUREAU_ID = Pattern.compile("\\bid: \"?([A-Za-z0-9_]+)");

    @Test
    void jobsPerSecondOnOneTwoAndThreeNodes() throws Exception {
        FileSystemUtils.deleteRecursively(HOME);
        Map<Integer, Double> rates = new LinkedHashMap<>();
        try (RobotReceiver robot = new RobotReceiver()) {
            Path config = config(robot);
            for (int nodes = 1; nodes <= 3; nodes++) {
                rates.put(nodes, run(nodes, config));
            }
        }
        StringBuilder table = new StringBuilder("\n| nodes | jobs/s | ratio to one node |\n|---:|---:|---:|\n");
        rates.forEach((nodes, rate) -> table.append(String.format("| %d | %.1f | %.2f× |%n", nodes, rate, rate / rates.get(1))));
        log.info("cluster throughput, {} delivery jobs ({} commitments over {} bureaus; load {}):{}", COMMITMENTS,
                COMMITMENTS, BUREAUS, loadAverage(), table);
    }

    private double run(int nodes, Path config) throws Exception {
        String database = "throughput" + nodes;
        try (Database postgres = new Database("jdbc:postgresql://localhost:" + NodesPostgres.port() + "/postgres")) {
            postgres.execute("create database " + database);
        }
        try (Database db = new Database("jdbc:postgresql://localhost:" + NodesPostgres.port() + "/" + database)) {
            SteeredClock clock = new SteeredClock(Play.START);
            ServerProcess importer = node(database + "-import", db, config, false);
            clock.set(Play.START, List.of(importer));
            importer.start();
            importer.awaitServing();
            while (db.count("select count(*) from commitment") < COMMITMENTS) {
                Thread.sleep(500);
            }
            importer.stop();
            long jobs = db.count("select count(*) from act_ru_job where process_def_key_ = 'notification-delivery'");
            db.execute("update act_ru_job set retries_ = 0 where process_def_key_ = 'notification-delivery'");

            List<ServerProcess> servers = new ArrayList<>();
            for (int i = 1; i <= nodes; i++) {
                servers.add(node(database + "-node" + i, db, config, true));
            }
            clock.set(Play.START, servers);
            for (ServerProcess server : servers) {
                server.start();
            }
            for (ServerProcess server : servers) {
                server.awaitServing();
            }
            Instant released = Instant.now();
            db.execute("update act_ru_job set retries_ = 3 where process_def_key_ = 'notification-delivery'");
            while (db.count("select count(*) from act_ru_job where process_def_key_ = 'notification-delivery'") > 0) {
                Thread.sleep(100);
                if (Duration.between(released, Instant.now()).toMinutes() > 30) {
                    throw new AssertionError("jobs not done in 30 minutes");
                }
            }
            double seconds = Duration.between(released, Instant.now()).toMillis() / 1000.0;
            long sent = db.count("select count(*) from notification where channel = 'WECOM' and status = 'SENT'");
            long doubled = db.count("select count(*) from (select body, recipient from notification where channel = 'WECOM' "
                    + "group by body, recipient having count(*) > 1) twice");
            log.info("{} node(s): {} jobs in {} s = {} jobs/s; {} rows sent, {} doubled rows; per node: {}", nodes, jobs, seconds,
                    jobs / seconds, sent, doubled, db.query("select hostname_ || ' ' || count(*) from act_hi_job_log "
                            + "where job_state_ = 2 and process_def_key_ = 'notification-delivery' group by hostname_ order by 1",
                            rs -> rs.getString(1)));
            for (ServerProcess server : servers) {
                server.stop();
            }
            return jobs / seconds;
        }
    }

    private static ServerProcess node(String name, Database db, Path config, boolean jobExecutor) throws IOException {
        return new ServerProcess(name, HOME.resolve(name), freePort(), List.of(
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--duban.config-dir=" + config,
                "--camunda.bpm.job-execution.enabled=" + jobExecutor,
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
    }

    /** The shipped configuration with the synthetic ledger, every bureau routed to the robot. */
    private static Path config(RobotReceiver robot) throws IOException {
        Path config = HOME.resolve("config");
        FileSystemUtils.copyRecursively(Path.of("config"), config);
        cn.duban.scale.SyntheticLedger.write(config, COMMITMENTS, BUREAUS);
        StringBuilder routes = new StringBuilder("notifications:\n  base-url: http://duban.test\n  routes:\n");
        Matcher bureau = BUREAU_ID.matcher(Files.readString(config.resolve("bureaus.yaml"), StandardCharsets.UTF_8));
        while (bureau.find()) {
            routes.append("    - to: ").append(bureau.group(1)).append("\n      channel: wecom\n      address: ")
                    .append(robot.address(bureau.group(1))).append('\n');
        }
        Files.writeString(config.resolve("notifications.yaml"), routes.toString(), StandardCharsets.UTF_8);
        return config;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
