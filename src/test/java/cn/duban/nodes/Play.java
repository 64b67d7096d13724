package cn.duban.nodes;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.scheduling.support.CronExpression;

/**
 * One play of the year on its own database: its configuration, its robot, its servers (one or several nodes on the
 * same database), its clock and driver. Set up with {@link #start}, played with {@link #play}, checked from
 * {@link #database()} and {@link #robot()}.
 */
final class Play implements AutoCloseable {

    static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 9, 0);
    /**
     * The job executor's queue in the plays that check correctness: a job the executor rejects stays locked until its
     * lock expires, which on a clock that stands still is never, so these nodes never reject.
     */
    static final int UNREJECTING_QUEUE = 1000;
    private static final Pattern CRON = Pattern.compile("(?m)^\\s+cron: \"([^\"]+)\"");

    private final String name;
    private final Path home;
    private final int postgresPort;
    private final RobotReceiver robot;
    private final boolean ownsRobot;
    /** Started on a copy of another play's database: ledger imported, scorecard calendar set. */
    private final boolean copy;
    private final Ledger ledger;
    private final Database db;
    private final List<ServerProcess> servers = new ArrayList<>();
    private final SteeredClock clock;
    private final YearDriver driver;

    /**
     * @param postgresPort the test's PostgreSQL, where a database {@code name} is created
     * @param step         keep every {@code step}-th commitment of the shipped ledger
     */
    Play(String name, Path home, int postgresPort, int step, int nodes) throws Exception {
        this(name, home, postgresPort, nodes, new RobotReceiver(), true, null, START, UNREJECTING_QUEUE, List.of(),
                robot -> Ledger.every(step, home.resolve("config"), robot));
    }

    /**
     * A play on a copy of {@code template}'s database (stopped, its connections closed), with its ledger and robot,
     * its clock where the template's play stopped.
     */
    static Play copyOf(Play template, String name, Path home, int nodes, int queueCapacity, List<String> settings)
            throws Exception {
        template.db.close();
        return new Play(name, home, template.postgresPort, nodes, template.robot, false, template.name,
                template.clock.now(), queueCapacity, settings, robot -> template.ledger);
    }

    /** A play of {@code ledger}, whose notifications go to {@code robot}; the robot stays open after the play. */
    static Play of(String name, Path home, int postgresPort, int nodes, Ledger ledger, RobotReceiver robot) throws Exception {
        return new Play(name, home, postgresPort, nodes, robot, false, null, START, UNREJECTING_QUEUE, List.of(), any -> ledger);
    }

    private Play(String name, Path home, int postgresPort, int nodes, RobotReceiver robot, boolean ownsRobot,
            String template, LocalDateTime clockAt, int queueCapacity, List<String> extraSettings, LedgerSource ledgerSource)
            throws Exception {
        this.name = name;
        this.home = home;
        this.postgresPort = postgresPort;
        this.robot = robot;
        this.ownsRobot = ownsRobot;
        this.copy = template != null;
        this.clock = new SteeredClock(clockAt);
        this.ledger = ledgerSource.ledger(robot);
        String admin = "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
        try (Database postgres = new Database(admin)) {
            postgres.query("select 1 from pg_database where datname = ?", rs -> 1, name).stream().findFirst()
                    .ifPresent(found -> { throw new IllegalStateException("database " + name + " exists"); });
            postgres.execute("create database " + name + (template == null ? "" : " template " + template));
        }
        this.db = new Database("jdbc:postgresql://localhost:" + postgresPort + "/" + name);
        for (int i = 1; i <= nodes; i++) {
            List<String> settings = new ArrayList<>(List.of(
                    "--spring.datasource.url=" + db.url(), "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres", "--duban.config-dir=" + ledger.configDir,
                    "--duban.demo.clock-follow=200ms",
                    // the job log names the node that ran each job
                    "--camunda.bpm.generic-properties.properties.hostname=" + name + "-node" + i,
                    // a clock that jumps needs an executor that looks again soon; a lock lasts a minute of engine time
                    "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                    "--camunda.bpm.job-execution.lock-time-in-millis=60000",
                    "--camunda.bpm.job-execution.queue-capacity=" + queueCapacity));
            settings.addAll(extraSettings);
            servers.add(new ServerProcess(name + "-node" + i, home.resolve("node" + i), freePort(), settings));
        }
        Map<String, Persona> personas = new HashMap<>();
        for (int i = 0; i < ledger.commitmentIds.size(); i++) {
            personas.put(ledger.commitmentIds.get(i), Persona.of(i));
        }
        this.driver = new YearDriver(db, servers, clock, new TaskWork(personas));
    }

    @FunctionalInterface
    private interface LedgerSource {
        Ledger ledger(RobotReceiver robot) throws Exception;
    }

    String name() {
        return name;
    }

    List<ServerProcess> servers() {
        return servers;
    }

    YearDriver driver() {
        return driver;
    }

    Database database() {
        return db;
    }

    RobotReceiver robot() {
        return robot;
    }

    int commitments() {
        return ledger.commitmentIds.size();
    }

    /** Starts every node at once, waits for the ledger's import, and moves the scorecard calendar into 2024. */
    void start() throws Exception {
        clock.set(clock.now(), servers);
        for (ServerProcess server : servers) {
            server.start();
        }
        for (ServerProcess server : servers) {
            server.awaitServing();
        }
        Instant deadline = Instant.now().plus(ServerProcess.START_TIMEOUT);
        while (db.count("select count(*) from commitment") < commitments()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("台账未导入\n" + servers.get(0).tail());
            }
            Thread.sleep(300);
        }
        if (copy) {
            return;
        }
        String cron = firstMatch(CRON, Files.readString(ledger.configDir.resolve("scorecard.yaml"), StandardCharsets.UTF_8));
        LocalDateTime firstRun = CronExpression.parse(cron).next(START);
        String due = firstRun.atOffset(ZoneOffset.ofHours(8)).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        for (String job : db.query("select j.id_ from act_ru_job j "
                + "where j.process_def_key_ = 'scorecard-calendar' and j.type_ = 'timer'", rs -> rs.getString(1))) {
            new Staff().setJobDueDate(servers.get(0).base(), job, due);
        }
    }

    void play(LocalDateTime until) throws InterruptedException {
        driver.play(until);
    }

    /** A normal stop of every node, so the checks read a database nobody writes to. */
    void stop() throws InterruptedException {
        for (ServerProcess server : servers) {
            server.stop();
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        if (ownsRobot) {
            robot.close();
        }
        db.close();
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in scorecard.yaml");
        }
        return matcher.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }
}
