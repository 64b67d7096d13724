package cn.duban.scorecard;

import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresInitializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * How long the scorecard's aggregate computation takes on PostgreSQL as the ledger grows: 1,000 commitments
 * (the baseline, in the same run) and 10,000, each with a year of monthly report tasks, reports and ratings, plus
 * notices and closures. Prints the median of ten runs and the ratio to the baseline; asserts nothing about time.
 * On demand only: {@code ./mvnw -B test -Pbenchmark -Dtest=ScorecardBenchmark}; results in docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardBenchmark {

    static final int BUREAUS = 50;
    static final int RUNS = 10;
    static final ScorecardPeriod PERIOD = new ScorecardPeriod(java.time.YearMonth.of(2024, 10));

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScorecardFigures figures;
    @Autowired
    ScoringFormula formula;

    @Test
    void draftComputationAtOneAndTenThousandCommitments() {
        double baseline = medianMillis(1_000);
        double large = medianMillis(10_000);
        System.out.printf(Locale.ROOT, "scorecard draft, 1,000 commitments:  median %.1f ms over %d runs (baseline)%n", baseline, RUNS);
        System.out.printf(Locale.ROOT, "scorecard draft, 10,000 commitments: median %.1f ms over %d runs, %.1f× the baseline%n",
                large, RUNS, large / baseline);
    }

    @AfterAll
    void removeSyntheticRows() {
        clear();
    }

    private double medianMillis(int commitments) {
        clear();
        generate(commitments);
        jdbc.execute("analyze");
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < RUNS + 3; run++) {
            long start = System.nanoTime();
            List<ScorecardRow> rows = Ranking.rank(figures.of(PERIOD).stream().map(f -> new ScorecardRow(f, formula.score(f),
                    java.math.BigDecimal.ZERO, null, null, formula.score(f), 0, null)).toList());
            long elapsed = System.nanoTime() - start;
            if (rows.size() != BUREAUS) {
                throw new IllegalStateException("expected " + BUREAUS + " ranked bureaus, got " + rows.size());
            }
            if (run >= 3) {
                times.add(elapsed / 1e6);
            }
        }
        Collections.sort(times);
        return (times.get(RUNS / 2 - 1) + times.get(RUNS / 2)) / 2;
    }

    private void clear() {
        jdbc.update("delete from act_hi_taskinst where id_ like 'bm-%'");
        jdbc.update("delete from act_hi_procinst where id_ like 'bm-%'");
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
    }

    /** A year of synthetic history, written with generate_series: the computation reads tables, never instances. */
    private void generate(int commitments) {
        jdbc.update("insert into leader (id, title) values ('bmleader', '基准测试分管领导')");
        jdbc.update("""
                insert into bureau (id, name, short_name, kind)
                select 'bm' || b, '基准测试单位' || b, '测试单位' || b, 'department' from generate_series(1, ?) b""", BUREAUS);
        jdbc.update("""
                insert into commitment (id, section_id, section_name, title, source_sentence, kind, deadline, lead_bureau_id,
                    leader_id, task_force, process_instance_id, imported_at)
                select 'bm-' || c, '02', '基准测试', '基准测试事项' || c, '基准测试原文', 'quantitative', date '2024-12-31',
                    'bm' || (c % ? + 1), 'bmleader', false, 'bm-pi-' || c, timestamp '2024-01-12 10:00:00'
                from generate_series(1, ?) c""", BUREAUS, commitments);
        // one report task a month; every seventh late, every thirteenth still open
        jdbc.update("""
                insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                    execution_id_, name_, start_time_, end_time_, delete_reason_, due_date_)
                select 'bm-t-' || c || '-' || m, 'Task_FileProgress', 'commitment', 'commitment:1:bm', 'bm-pi-' || c,
                    'bm-pi-' || c, 'bm-pi-' || c, '进度填报', make_timestamp(2024, m, 1, 8, 0, 0),
                    case when (c + m) % 13 = 0 then null
                         when (c + m) % 7 = 0 then make_timestamp(2024, m, 9, 10, 0, 0)
                         else make_timestamp(2024, m, 3, 10, 0, 0) end,
                    case when (c + m) % 13 = 0 then null else 'completed' end,
                    make_timestamp(2024, m, 5, 18, 0, 0)
                from generate_series(1, ?) c, generate_series(2, 11) m""", commitments);
        jdbc.update("""
                insert into progress_report (commitment_id, period, period_end, dispatch_mode, due_at, reported_at, cumulative_value,
                    trajectory_ratio, work_done, next_steps, days_overdue, on_time, process_instance_id)
                select 'bm-' || c, '2024-' || lpad((m - 1)::text, 2, '0'), make_date(2024, m, 1) - 1, 'monthly',
                    make_timestamp(2024, m, 5, 18, 0, 0), make_timestamp(2024, m, 3, 10, 0, 0), m, 0.5 + ((c * m) % 70) / 100.0,
                    '基准测试', '基准测试', case when (c + m) % 7 = 0 then 4 else 0 end, (c + m) % 7 <> 0, 'bm-pi-' || c
                from generate_series(1, ?) c, generate_series(2, 11) m where (c + m) % 13 <> 0""", commitments);
        jdbc.update("""
                insert into rating_record (commitment_id, period, rated_at, rating, reason, trajectory_ratio, days_overdue,
                    days_to_deadline, escalated)
                select 'bm-' || c, '2024-' || lpad((m - 1)::text, 2, '0'), make_timestamp(2024, m, 3, 10, 0, 1),
                    case when (c * m) % 70 < 15 then 'red' when (c * m) % 70 < 40 then 'yellow' else 'green' end, '基准测试',
                    0.5 + ((c * m) % 70) / 100.0, 0, 100, (c * m) % 70 < 15
                from generate_series(1, ?) c, generate_series(2, 11) m where (c + m) % 13 <> 0""", commitments);
        jdbc.update("""
                insert into supervision_notice (commitment_id, cause, requirements, due_date, issued_at, plan_filed_at)
                select 'bm-' || c, '基准测试', '基准测试', date '2024-11-30', timestamp '2024-10-12 10:00:00',
                    timestamp '2024-10-16 10:00:00'
                from generate_series(1, ?) c where c % 20 = 0""", commitments);
        jdbc.update("""
                insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
                    end_act_id_, state_)
                select 'bm-pi-' || c, 'bm-pi-' || c, 'bm-' || c, 'commitment', 'commitment:1:bm', timestamp '2024-01-12 10:00:00',
                    case when c % 25 = 0 then timestamp '2024-10-20 10:00:00' end,
                    case when c % 25 = 0 then 'Event_Closed' end, case when c % 25 = 0 then 'COMPLETED' else 'ACTIVE' end
                from generate_series(1, ?) c""", commitments);
    }
}
