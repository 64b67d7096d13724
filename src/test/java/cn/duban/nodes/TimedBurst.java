package cn.duban.nodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One run of {@link ClusterThroughputBenchmark} in its phases, so that several runs can go through them at the same
 * moment: {@link #prepare} (nodes started, under their quota, warmed up, idle), {@link #burst} (the clock moved to the
 * burst and every due job worked, timed), {@link #finish} (nodes stopped, figures read). While a burst is running,
 * {@link #progress} counts its jobs from another thread.
 */
final class TimedBurst implements AutoCloseable {

    /** Camunda's job executor meters; a node writes them to the meter log at the latest when its engine stops. */
    static final List<String> ACQUISITION_METERS = List.of("job-acquisition-attempt", "job-acquired-success",
            "job-acquired-failure", "job-execution-rejected");

    /** What the runs share: the quota per node, the warm-up, the idle time and the burst's moment. */
    record Plan(Double nodeCpus, long quotaPeriodMicros, LocalDateTime warmUp, int idleSeconds, LocalDateTime burst) {
    }

    /** One run's figures, the burst's unless named otherwise. */
    record Figures(long jobs, long failed, double seconds, List<String> perNode, String cpu, String idle, String throttled,
            String loadBefore, String loadAfter, String acquisition, Map<String, Double> byThread) {

        double rate() {
            return jobs / seconds;
        }
    }

    private final Play run;
    private final Plan plan;
    private CpuSlices slices;
    private Database watcher;
    private String idle = "—";
    private Map<String, Long> metersBefore;
    private long failedBefore;
    private Map<String, Long> perNodeBefore;
    private String loadBefore;
    private CpuSlices.Throttling throttledBefore;
    private CpuTime cpuBefore;
    private ThreadCpu threadsBefore;
    private volatile Instant start;
    private volatile Duration took;
    private String cpu;
    private Map<String, Double> byThread;
    private String throttled;
    private String loadAfter;

    TimedBurst(Play run, Plan plan) {
        this.run = run;
        this.plan = plan;
    }

    int nodes() {
        return run.servers().size();
    }

    /** Starts the run's nodes, puts them under their quota (if any), works the warm-up and measures the idle nodes. */
    void prepare() throws Exception {
        run.start();
        Database db = run.database();
        metersBefore = acquisitionMeters(db);
        if (plan.nodeCpus() != null) {
            slices = CpuSlices.limit(run.servers(), plan.nodeCpus(), plan.quotaPeriodMicros());
        }
        if (plan.warmUp() != null) {
            run.driver().moveTo(plan.warmUp());
            run.driver().drain();
        }
        if (plan.idleSeconds() > 0) {
            CpuTime idleFrom = CpuTime.now(run.servers());
            Instant idleStart = Instant.now();
            Thread.sleep(plan.idleSeconds() * 1000L);
            idle = String.format("%.3f", idleFrom.nodeCores(CpuTime.now(run.servers()), Play.since(idleStart)));
        }
        failedBefore = failedAttempts(db);
        perNodeBefore = completedPerNode(db);
        watcher = new Database(db.url());
    }

    /** Moves the clock to the burst and waits until no job is due; the nodes' CPU is read as it ends. */
    void burst() throws Exception {
        loadBefore = loadAverage();
        throttledBefore = slices == null ? null : slices.throttling();
        cpuBefore = CpuTime.now(run.servers());
        threadsBefore = ThreadCpu.now(run.servers());
        start = Instant.now();
        run.driver().moveTo(plan.burst());
        run.driver().drain();
        took = Play.since(start);
        cpu = cpuBefore.until(CpuTime.now(run.servers()));
        byThread = threadsBefore.secondsUntil(ThreadCpu.now(run.servers()));
        throttled = slices == null ? "—" : slices.throttling().since(throttledBefore);
        loadAfter = loadAverage();
    }

    /**
     * The jobs this run's burst has completed by now, read on a connection of its own, and the seconds since it began
     * (once it has ended: the seconds it took).
     */
    Progress progress() {
        Duration ended = took;
        long jobs = completedSinceBefore(watcher).values().stream().mapToLong(Long::longValue).sum();
        return new Progress(jobs, (ended != null ? ended : Play.since(start)).toMillis() / 1000.0);
    }

    /** Jobs completed and the seconds they took. */
    record Progress(long jobs, double seconds) {

        double rate() {
            return jobs / seconds;
        }
    }

    /** Stops the nodes and reads the burst's figures. */
    Figures finish() throws Exception {
        Database db = run.database();
        long failed = failedAttempts(db) - failedBefore;
        Map<String, Long> completed = completedSinceBefore(db);
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

    @Override
    public void close() throws Exception {
        try {
            if (slices != null) {
                slices.close();
            }
        } finally {
            if (watcher != null) {
                watcher.close();
            }
        }
    }

    /** Jobs each node has completed since the burst's preparation ended. */
    private Map<String, Long> completedSinceBefore(Database db) {
        return increase(perNodeBefore, completedPerNode(db));
    }

    /** For each key counted {@code after}, how much its count grew since {@code before} (absent before: zero). */
    static Map<String, Long> increase(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new TreeMap<>();
        after.forEach((key, count) -> grown.put(key, count - before.getOrDefault(key, 0L)));
        return grown;
    }

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
        } catch (IOException e) {
            return "?";
        }
    }
}
