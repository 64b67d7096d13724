package cn.duban.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The job throughput of one, two and three duban nodes on one PostgreSQL, on demand only:
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClusterThroughputBenchmark}
 * (failsafe, after {@code package}: the nodes are JVMs started from the jar). Options:
 * {@code -Dnodes.throughput.commitments=300}, {@code -Dnodes.throughput.bureaus=100},
 * {@code -Dnodes.throughput.nodes=1,2,3} (a count may come again: {@code 1,2,1,2}, each run its own copy), {@code -Dnodes.throughput.queue=3}, {@code -Dnodes.throughput.settings=--a=1,--b=2} (more settings for the
 * timed nodes), {@code -Dnodes.throughput.node-cpus=0.5} (each timed node limited to that many cores, {@link CpuSlices}:
 * separate machines simulated on one, PostgreSQL keeping the rest; {@code -Dnodes.throughput.quota-period-micros=10000}
 * its period), {@code -Dnodes.throughput.warm-up=2024-02-02T09:00}
 * (the jobs due until then worked untimed first), {@code -Dnodes.throughput.idle-seconds=20} (the nodes' CPU while no job
 * is due, measured before the burst).
 * <p>
 * One node imports a synthetic ledger and its bureaus and 督查室 work every plan through the REST API until
 * {@link #PREPARED}; that database is then copied (PostgreSQL {@code create database … template}) once per node
 * count, so every run starts from the same rows. Each run starts its nodes on its copy and moves their clock to
 * {@link #BURST}: every commitment's February report period opens, its reminder and its overdue escalation fall
 * due at once (the period of January's progress), and each of them notifies the bureau, its leader or 督查室 through the test's robot (a delivery job
 * each). The run's figure is the jobs the executors completed (the job log's successes) divided by the time from the
 * clock's move until no job is due. Prints a Markdown table; the baseline is the one-node run of the same test.
 */
class ClusterThroughputBenchmark {

    static final int COMMITMENTS = Integer.getInteger("nodes.throughput.commitments", 300);
    static final int BUREAUS = Integer.getInteger("nodes.throughput.bureaus", 100);
    static final List<Integer> NODES = Arrays.stream(System.getProperty("nodes.throughput.nodes", "1,2,3").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    /** Every plan written, reviewed (some returned once) and approved; February's report period not open yet. */
    static final LocalDateTime PREPARED = LocalDateTime.of(2024, 1, 25, 9, 0);
    /** After February's opening (1st), reminder (4th) and overdue escalation (15th). */
    static final LocalDateTime BURST = LocalDateTime.of(2024, 2, 16, 9, 0);
    /**
     * The job executor's queue in the timed runs: Camunda's default (3) unless {@code -Dnodes.throughput.queue=…}. A
     * node whose queue takes everything it can acquire locks the whole burst before another node looks.
     */
    static final int QUEUE = Integer.getInteger("nodes.throughput.queue", 3);
    /** More settings for the timed nodes, comma-separated: {@code -Dnodes.throughput.settings=--camunda.bpm.job-execution.max-jobs-per-acquisition=10}. */
    static final List<String> SETTINGS = Arrays.stream(System.getProperty("nodes.throughput.settings", "").split(","))
            .map(String::strip).filter(setting -> !setting.isEmpty()).toList();
    /** Each timed node's CPU quota in cores, from its start until it stops; unset: no quota. */
    static final Double NODE_CPUS = System.getProperty("nodes.throughput.node-cpus", "").isBlank() ? null
            : Double.valueOf(System.getProperty("nodes.throughput.node-cpus"));
    /**
     * The quota's enforcement period in microseconds, {@code -Dnodes.throughput.quota-period-micros=10000}: the node runs
     * its share in slices of that length (Linux's default 100 ms); a shorter one leaves a node stopped at its quota for
     * shorter stretches.
     */
    static final long QUOTA_PERIOD_MICROS = Long.getLong("nodes.throughput.quota-period-micros", CpuSlices.DEFAULT_PERIOD_MICROS);
    /**
     * Untimed warm-up before the timed burst, {@code -Dnodes.throughput.warm-up=2024-02-02T09:00}: the nodes (under their
     * quota, if any) first work the jobs due until then, so that the timed part runs on JVMs whose JIT has compiled the
     * job code; unset: the whole burst is timed from the nodes' start.
     */
    static final LocalDateTime WARM_UP = System.getProperty("nodes.throughput.warm-up", "").isBlank() ? null
            : LocalDateTime.parse(System.getProperty("nodes.throughput.warm-up"));
    /**
     * Seconds the nodes stand idle (no job due) before the timed burst, their CPU measured: what a node costs without
     * work, {@code -Dnodes.throughput.idle-seconds=20}; 0: not measured.
     */
    static final int IDLE_SECONDS = Integer.getInteger("nodes.throughput.idle-seconds", 0);
    static final Path HOME = Path.of("target", "nodes-throughput").toAbsolutePath();

    @Test
    void jobsPerSecondOfOneTwoAndThreeNodesFromTheSameDatabase() throws Exception {
        FileSystemUtils.deleteRecursively(HOME);
        int postgres = NodesPostgres.port();
        List<String> lines = new ArrayList<>();
        if (NODE_CPUS != null) {
            lines.add(String.format("each node limited to %.2f cores (cgroup quota, period %d µs), PostgreSQL not limited",
                    NODE_CPUS, QUOTA_PERIOD_MICROS));
            lines.add("");
        }
        if (WARM_UP != null) {
            lines.add("warm-up until " + WARM_UP + " not timed; timed from there to " + BURST);
            lines.add("");
        }
        lines.add("| nodes | commitments | jobs completed | failed attempts | seconds | jobs/s | × one node | jobs per node | CPU busy (stolen by the host) "
                + "| nodes' JVMs (CPU s) | PostgreSQL (CPU s) | idle nodes' JVMs (cores) | quota periods throttled | load average before → after "
                + "| whole run: job-acquisition-attempt / job-acquired-success / job-acquired-failure / job-execution-rejected "
                + "| nodes' JVMs by thread (CPU s) |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|---|---|---|");
        try (RobotReceiver robot = new RobotReceiver()) {
            Ledger ledger = Ledger.synthetic(COMMITMENTS, BUREAUS, HOME.resolve("config"), robot);
            Instant preparing = Instant.now();
            try (Play prepared = Play.of("throughput_prepared", HOME.resolve("prepared"), postgres, 1, ledger, robot)) {
                prepared.start();
                prepared.play(PREPARED);
                prepared.stop();
                assertThat(prepared.database().count("select count(*) from act_ru_task where task_def_key_ in "
                        + "('Task_WritePlan', 'Task_ReviewPlan')")).as("every plan approved by " + PREPARED).isZero();
                System.out.printf("prepared %d commitments until %s in %d s%n", COMMITMENTS, PREPARED,
                        Play.since(preparing).toSeconds());
                double oneNode = 0;
                for (int i = 0; i < NODES.size(); i++) {
                    int nodes = NODES.get(i);
                    String runName = "throughput_" + (i + 1) + "_" + nodes + "_nodes";
                    try (Play run = Play.copyOf(prepared, runName, HOME.resolve((i + 1) + "-" + nodes + "-nodes"), nodes,
                            QUEUE, SETTINGS)) {
                        Figures figures = timed(run);
                        double rate = figures.jobs() / figures.seconds();
                        if (nodes == 1) {
                            oneNode = rate;
                        }
                        lines.add(String.format("| %d | %,d | %,d | %,d | %.1f | %.1f | %s | %s | %s | %s | %s | %s → %s | %s | %s |",
                                nodes, COMMITMENTS, figures.jobs(), figures.failed(), figures.seconds(), rate,
                                oneNode > 0 ? String.format("%.2f×", rate / oneNode) : "—", String.join(", ", figures.perNode()),
                                figures.cpu(), figures.idle(), figures.throttled(), figures.loadBefore(), figures.loadAfter(),
                                figures.acquisition(), ThreadCpu.largest(figures.byThread(), 5)));
                        System.out.println(lines.get(lines.size() - 1));
                        Database db = run.database();
                        assertThat(db.count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
                                + "group by job_id_ having count(*) > 1) twice")).as("jobs completed twice").isZero();
                        assertThat(db.count("select count(*) from act_ru_incident")).as("incidents").isZero();
                        assertThat(db.count("select count(*) from act_hi_taskinst where name_ like '进度月报（2024-01）%'"))
                                .as("one report task for January per commitment").isEqualTo(COMMITMENTS);
                    }
                }
            }
        }
        System.out.println(String.join("\n", lines));
    }

    /** One run's figures, the burst's unless named otherwise. */
    record Figures(long jobs, long failed, double seconds, List<String> perNode, String cpu, String idle, String throttled,
            String loadBefore, String loadAfter, String acquisition, Map<String, Double> byThread) {
    }

    /** Starts the run's nodes (under their quota, if any), warms them up, lets them idle, times the burst, stops them. */
    private static Figures timed(Play run) throws Exception {
        run.start();
        Database db = run.database();
        Map<String, Long> metersBefore = acquisitionMeters(db);
        try (CpuSlices slices = NODE_CPUS == null ? null : CpuSlices.limit(run.servers(), NODE_CPUS, QUOTA_PERIOD_MICROS)) {
            if (WARM_UP != null) {
                run.driver().moveTo(WARM_UP);
                run.driver().drain();
            }
            String idle = "—";
            if (IDLE_SECONDS > 0) {
                CpuTime idleFrom = CpuTime.now(run.servers());
                Instant idleStart = Instant.now();
                Thread.sleep(IDLE_SECONDS * 1000L);
                idle = String.format("%.3f", idleFrom.nodeCores(CpuTime.now(run.servers()), Play.since(idleStart)));
            }
            long failedBefore = failedAttempts(db);
            Map<String, Long> perNodeBefore = completedPerNode(db);
            String loadBefore = loadAverage();
            CpuSlices.Throttling throttledBefore = slices == null ? null : slices.throttling();
            CpuTime cpuBefore = CpuTime.now(run.servers());
            ThreadCpu threadsBefore = ThreadCpu.now(run.servers());
            Instant start = Instant.now();
            run.driver().moveTo(BURST);
            run.driver().drain();
            Duration took = Play.since(start);
            String cpu = cpuBefore.until(CpuTime.now(run.servers()));
            Map<String, Double> byThread = threadsBefore.secondsUntil(ThreadCpu.now(run.servers()));
            String throttled = slices == null ? "—" : slices.throttling().since(throttledBefore);
            String loadAfter = loadAverage();
            long failed = failedAttempts(db) - failedBefore;
            Map<String, Long> completed = increase(perNodeBefore, completedPerNode(db));
            long jobs = completed.values().stream().mapToLong(Long::longValue).sum();
            List<String> perNode = completed.entrySet().stream()
                    .filter(node -> node.getValue() > 0)
                    .map(node -> node.getKey() + ": " + node.getValue())
                    .toList();
            run.stop();
            Map<String, Long> meters = increase(metersBefore, acquisitionMeters(db));
            String acquisition = ACQUISITION_METERS.stream()
                    .map(name -> String.format("%,d", meters.getOrDefault(name, 0L)))
                    .collect(Collectors.joining(" / "));
            return new Figures(jobs, failed, took.toMillis() / 1000.0, perNode, cpu, idle, throttled, loadBefore, loadAfter,
                    acquisition, byThread);
        }
    }

    /** For each key counted {@code after}, how much its count grew since {@code before} (absent before: zero). */
    static Map<String, Long> increase(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new TreeMap<>();
        after.forEach((key, count) -> grown.put(key, count - before.getOrDefault(key, 0L)));
        return grown;
    }

    /** Camunda's job executor meters; a node writes them to the meter log at the latest when its engine stops. */
    static final List<String> ACQUISITION_METERS = List.of("job-acquisition-attempt", "job-acquired-success",
            "job-acquired-failure", "job-execution-rejected");

    private static Map<String, Long> acquisitionMeters(Database db) {
        Map<String, Long> meters = new TreeMap<>();
        db.query("select name_, coalesce(sum(value_), 0) from act_ru_meter_log where name_ like 'job-%' group by name_",
                rs -> meters.put(rs.getString(1), rs.getLong(2)));
        return meters;
    }

    /** Jobs completed so far by each node (the preparing node among them), by host name. */
    private static Map<String, Long> completedPerNode(Database db) {
        Map<String, Long> perNode = new TreeMap<>();
        db.query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_",
                rs -> perNode.put(rs.getString(1), rs.getLong(2)));
        return perNode;
    }

    /** Executions that threw (an optimistic lock lost to another node among them) and will be retried. */
    private static long failedAttempts(Database db) {
        return db.count("select count(*) from act_hi_job_log where job_state_ = 1");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
