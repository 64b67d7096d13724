package cn.duban.scale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.simulation.Simulation;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresInitializer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark 2 of issue 14, on demand only ({@code ./mvnw -B test -Pbenchmark -Dtest=DispatchYearBenchmark}): a synthetic
 * ledger ({@link SyntheticLedger}) driven through 2024 by {@link Simulation}'s personas (on track, lagging into red
 * and a 专班, late, returned, extended, unfinished) while the engine's <em>job executor</em> fires every real timer —
 * report periods, reminders, overdue escalations, quarter ends, deadlines, the monthly scorecard — on the engine
 * clock moved with {@link ClockUtil}. After each move of the clock the driver waits until no executable job is left.
 * Then it counts duplicates: a job executed twice, two report tasks or two progress reports for one period of one
 * commitment, two scorecards for one month, a notice sent twice.
 * <p>
 * Size {@code -Dbenchmark.dispatch.commitments=50} (default), bureaus {@code -Dbenchmark.bureaus=500}; job
 * acquisition as configured ({@code -Dcamunda.bpm.job-execution.max-jobs-per-acquisition=…} and friends on the command
 * line override it).
 */
@Tag("benchmark")
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.max-wait=2000"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class DispatchYearBenchmark {

    static final int COMMITMENTS = Integer.getInteger("benchmark.dispatch.commitments", 50);
    static final int BUREAUS = Integer.getInteger("benchmark.bureaus", 500);

    @Autowired
    ProcessEngine engine;
    @Autowired
    Simulation simulation;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void syntheticLedger(DynamicPropertyRegistry registry) {
        Path dir = SyntheticLedger.write(ImportAndStartBenchmark.ROOT.resolve("dispatch-" + COMMITMENTS), COMMITMENTS, BUREAUS);
        registry.add("duban.ledger.directory", dir::toString);
    }

    @Test
    void aYearOfDispatchWithTheJobExecutorFiringTheTimers() throws Exception {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        jdbc.execute("vacuum analyze");
        long historyBefore = Footprint.historyRows(jdbc);
        long dbBefore = Footprint.databaseMiB(jdbc);
        long jobsBefore = successfulJobs();
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        assertThat(executor.isActive()).as("job executor running").isTrue();
        ExecutorDrain drain = new ExecutorDrain(engine, executor);

        Footprint.resetHeapPeak();
        long started = System.nanoTime();
        String summary = simulation.run(LocalDateTime.of(2024, 1, 12, 9, 0), LocalDateTime.of(2025, 1, 12, 9, 0), drain);
        double seconds = (System.nanoTime() - started) / 1e9;
        long heap = Footprint.peakHeapMiB();

        long jobs = successfulJobs() - jobsBefore;
        long tasks = jdbc.queryForObject("select count(*) from act_hi_taskinst where end_time_ is not null", Long.class);
        long history = Footprint.historyRows(jdbc) - historyBefore;
        long db = Footprint.databaseMiB(jdbc) - dbBefore;
        long incidents = jdbc.queryForObject("select count(*) from act_ru_incident", Long.class);
        Map<String, Long> duplicates = duplicates();
        double driver = seconds - drain.seconds;

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s", summary));
        lines.add("| commitments | bureaus | wall (s) | jobs | executor busy (s) | jobs/s | tasks completed | driver (s) | tasks/s "
                + "| history rows per commitment-year | database growth (MiB) | peak heap (MiB) | incidents | duplicates |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        lines.add(String.format(Locale.ROOT, "| %,d | %d | %.0f | %,d | %.0f | %.1f | %,d | %.0f | %.1f | %.0f | %d | %d | %d | %d |",
                COMMITMENTS, BUREAUS, seconds, jobs, drain.seconds, jobs / drain.seconds, tasks, driver, tasks / driver,
                (double) history / COMMITMENTS, db, heap, incidents, duplicates.values().stream().mapToLong(Long::longValue).sum()));
        lines.add("duplicates by kind: " + duplicates);
        lines.add(String.format(Locale.ROOT, "job executor: %d threads max, %d jobs per acquisition, %d clock moves",
                maxPoolSize(executor), executor.getMaxJobsPerAcquisition(), drain.moves));
        System.out.printf(Locale.ROOT, "%n=== dispatch year benchmark (%d MiB max heap, %d cores) ===%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        lines.forEach(System.out::println);

        assertThat(duplicates).allSatisfy((kind, count) -> assertThat(count).as(kind).isZero());
        assertThat(jobs).isPositive();
    }

    private static int maxPoolSize(JobExecutor executor) {
        return executor instanceof org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor spring
                && spring.getTaskExecutor() instanceof org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor pool
                ? pool.getMaxPoolSize() : -1;
    }

    private long successfulJobs() {
        // JOB_STATE_ 2 = successful
        return jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2", Long.class);
    }

    /** Everything that must happen once and happened twice or more. */
    private Map<String, Long> duplicates() {
        return Map.of(
                "job executed twice", count("select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1"),
                "two report tasks for one period", count("""
                        select proc_inst_id_, name_ from act_hi_taskinst where task_def_key_ = 'Task_FileProgress'
                        group by proc_inst_id_, name_ having count(*) > 1"""),
                "two progress reports for one period", count("""
                        select commitment_id, period from progress_report group by commitment_id, period having count(*) > 1"""),
                "two scorecards for one month", count("select period from scorecard group by period having count(*) > 1"),
                "a notice sent twice", count("""
                        select kind, channel, recipient, task_id from notification where task_id is not null
                        group by kind, channel, recipient, task_id having count(*) > 1"""));
    }

    private long count(String grouped) {
        return jdbc.queryForObject("select count(*) from (" + grouped + ") d", Long.class);
    }

    /** Lets the job executor fire what is due: wakes its acquisition, then waits until no executable job is left. */
    static final class ExecutorDrain implements Simulation.TimerFiring {

        private final ProcessEngine engine;
        private final JobExecutor executor;
        double seconds;
        int moves;

        ExecutorDrain(ProcessEngine engine, JobExecutor executor) {
            this.engine = engine;
            this.executor = executor;
        }

        @Override
        public void fireDue(Instant now) {
            moves++;
            long started = System.nanoTime();
            executor.jobWasAdded();
            // executable: retries left and due by the engine clock, which the simulation has set to now
            while (engine.getManagementService().createJobQuery().executable().active().count() > 0) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                executor.jobWasAdded();
            }
            seconds += (System.nanoTime() - started) / 1e9;
        }
    }
}
