package cn.duban.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The job throughput of one, two and three duban nodes on one PostgreSQL, on demand only:
 * {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClusterThroughputBenchmark}
 * (failsafe, after {@code package}: the nodes are JVMs started from the jar). Options:
 * {@code -Dnodes.throughput.commitments=300}, {@code -Dnodes.throughput.bureaus=100},
 * {@code -Dnodes.throughput.nodes=1,2,3} (a count may come again: {@code 1,2,1,2}, each run its own copy; counts joined by
 * {@code +} run side by side, {@code 1+2}: the same moments of the host for both, {@link SideBySide}), {@code -Dnodes.throughput.queue=3}, {@code -Dnodes.throughput.settings=--a=1,--b=2} (more settings for the
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
    static final List<List<Integer>> RUNS = runs(System.getProperty("nodes.throughput.nodes", "1,2,3"));
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
        TimedBurst.Plan plan = new TimedBurst.Plan(NODE_CPUS, QUOTA_PERIOD_MICROS, WARM_UP, IDLE_SECONDS, BURST);
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
        if (RUNS.stream().anyMatch(together -> together.size() > 1)) {
            lines.add("runs joined by + go side by side, each on its own copy: CPU busy and PostgreSQL are the whole machine's "
                    + "during each run's burst; 'while side by side' counts each run's jobs until the first of them finished");
            if (WARM_UP == null) {
                lines.add("no warm-up: the window holds the slower run's cold start and not its warm end, so its ratio "
                        + "overstates; set -Dnodes.throughput.warm-up for a ratio to read");
            }
            lines.add("");
        }
        lines.add("| nodes | commitments | jobs completed | failed attempts | seconds | jobs/s | × one node "
                + "| while side by side: jobs / seconds, jobs/s (× the one node beside) | jobs per node | CPU busy (stolen by the host) "
                + "| nodes' JVMs (CPU s) | PostgreSQL (CPU s) | idle nodes' JVMs (cores) | quota periods throttled | load average before → after "
                + "| whole run: job-acquisition-attempt / job-acquired-success / job-acquired-failure / job-execution-rejected "
                + "| nodes' JVMs by thread (CPU s) |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---|---|---|---|");
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
                int index = 0;
                for (List<Integer> together : RUNS) {
                    List<Play> plays = new ArrayList<>();
                    List<TimedBurst> bursts = new ArrayList<>();
                    try {
                        for (int nodes : together) {
                            index++;
                            plays.add(Play.copyOf(prepared, "throughput_" + index + "_" + nodes + "_nodes",
                                    HOME.resolve(index + "-" + nodes + "-nodes"), nodes, QUEUE, SETTINGS));
                            bursts.add(new TimedBurst(plays.get(plays.size() - 1), plan));
                        }
                        List<TimedBurst.Progress> sideBySide = SideBySide.run(bursts);
                        List<TimedBurst.Figures> figures = new ArrayList<>();
                        for (TimedBurst burst : bursts) {
                            figures.add(burst.finish());
                        }
                        Double besideOne = null;
                        for (int i = 0; i < bursts.size(); i++) {
                            if (bursts.get(i).nodes() == 1) {
                                oneNode = figures.get(i).rate();
                                besideOne = sideBySide.get(i).rate();
                            }
                        }
                        for (int i = 0; i < bursts.size(); i++) {
                            lines.add(line(bursts.get(i).nodes(), figures.get(i), oneNode,
                                    together.size() > 1 ? sideBySide.get(i) : null, besideOne));
                            System.out.println(lines.get(lines.size() - 1));
                        }
                        for (Play run : plays) {
                            Database db = run.database();
                            assertThat(db.count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
                                    + "group by job_id_ having count(*) > 1) twice")).as("jobs completed twice in " + run.name()).isZero();
                            assertThat(db.count("select count(*) from act_ru_incident")).as("incidents in " + run.name()).isZero();
                            assertThat(db.count("select count(*) from act_hi_taskinst where name_ like '进度月报（2024-01）%'"))
                                    .as("one report task for January per commitment in " + run.name()).isEqualTo(COMMITMENTS);
                        }
                    } finally {
                        for (TimedBurst burst : bursts) {
                            burst.close();
                        }
                        for (Play run : plays) {
                            run.close();
                        }
                    }
                }
            }
        }
        System.out.println(String.join("\n", lines));
    }

    private static String line(int nodes, TimedBurst.Figures figures, double oneNode, TimedBurst.Progress sideBySide,
            Double besideOne) {
        double rate = figures.rate();
        String beside = sideBySide == null ? "—" : String.format("%,d / %.1f, %.1f%s", sideBySide.jobs(), sideBySide.seconds(),
                sideBySide.rate(), besideOne == null ? "" : String.format(" (%.2f×)", sideBySide.rate() / besideOne));
        return String.format("| %d | %,d | %,d | %,d | %.1f | %.1f | %s | %s | %s | %s | %s | %s | %s → %s | %s | %s |",
                nodes, COMMITMENTS, figures.jobs(), figures.failed(), figures.seconds(), rate,
                oneNode > 0 ? String.format("%.2f×", rate / oneNode) : "—", beside, String.join(", ", figures.perNode()),
                figures.cpu(), figures.idle(), figures.throttled(), figures.loadBefore(), figures.loadAfter(),
                figures.acquisition(), ThreadCpu.largest(figures.byThread(), 5));
    }

    /**
     * The runs of {@code -Dnodes.throughput.nodes}: counts separated by commas run one after the other, counts joined
     * by {@code +} side by side ({@code 1+2,1+2}: twice a one-node and a two-node run at the same moment).
     */
    static List<List<Integer>> runs(String spec) {
        List<List<Integer>> runs = new ArrayList<>();
        for (String together : spec.split(",")) {
            List<Integer> counts = Arrays.stream(together.split("\\+", -1)).map(String::strip).map(Integer::valueOf).toList();
            if (counts.stream().anyMatch(count -> count < 1)) {
                throw new IllegalArgumentException("a run has at least one node: " + together);
            }
            runs.add(counts);
        }
        return runs;
    }
}
