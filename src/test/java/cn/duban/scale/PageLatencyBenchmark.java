package cn.duban.scale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.ledger.LedgerImporter;
import cn.duban.ledger.LedgerReader;
import cn.duban.scorecard.ScorecardFigures;
import cn.duban.scorecard.ScorecardPeriod;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.Doors;
import cn.duban.testing.EmbeddedPostgresDatabase;
import cn.duban.testing.FlightRecording;
import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark 3 of issue 14, on demand only ({@code ./mvnw -B test -Pbenchmark -Dtest=PageLatencyBenchmark}): the pages
 * people wait for, authorization on, through the engine REST API and duban's API as the users themselves (HTTP Basic):
 * a bureau clerk's and 督查室's Tasklist filters, the instance search by business key Cockpit runs, 督办总览's data and
 * the scorecard computation. A synthetic ledger ({@link SyntheticLedger}, 500 bureaus) is imported and started, so
 * every commitment has its open 制定实施方案 task. p50 / p95 over {@code -Dbenchmark.pages.samples=40} calls after
 * five warm-ups, for each size of {@code -Dbenchmark.pages.sizes=1000,3000}; the first size is the same run's baseline.
 */
@Tag("benchmark")
@PostgresWebTest
class PageLatencyBenchmark {

    static final int BUREAUS = Integer.getInteger("benchmark.bureaus", 500);
    static final int SAMPLES = Integer.getInteger("benchmark.pages.samples", 40);
    static final String PASSWORD = "Scale-Bench-Passw0rd";
    static final String CLERK = "benchclerk";
    static final String SUPERVISOR = "benchdcs";
    /**
     * {@code -Dbenchmark.pages.explain=true}: after each size, the server logs the plans of the slow pages' statements
     * (auto_explain) to {@code -Dembedded.postgres.log=<dir>}/postgresql.log.
     */
    static final boolean EXPLAIN = Boolean.getBoolean("benchmark.pages.explain");

    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScorecardFigures scorecard;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void syntheticOrganisation(DynamicPropertyRegistry registry) {
        Path organisation = SyntheticLedger.write(ImportAndStartBenchmark.ROOT.resolve("organisation"), 1, BUREAUS);
        registry.add("duban.ledger.directory", organisation::toString);
    }

    @Test
    void pagesPeopleWaitForStayFastAsTheLedgerGrows() throws Exception {
        TestUsers.ensure(engine, CLERK, PASSWORD, SyntheticLedger.bureau(0));
        TestUsers.ensure(engine, SUPERVISOR, PASSWORD, "duchashi");
        Doors doors = new Doors(port, PASSWORD);
        Map<String, Map<Integer, double[]>> results = new LinkedHashMap<>();
        List<Integer> sizes = new ArrayList<>();
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        try {
            for (String size : System.getProperty("benchmark.pages.sizes", "1000,3000").split(",")) {
                int commitments = Integer.parseInt(size.trim());
                sizes.add(commitments);
                load(commitments);
                measure(doors, commitments).forEach((page, figures) ->
                        results.computeIfAbsent(page, p -> new LinkedHashMap<>()).put(commitments, figures));
                if (EXPLAIN) {
                    explain(doors, commitments);
                }
            }
        } finally {
            CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        }
        StringBuilder header = new StringBuilder("| page (as whom) |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : sizes) {
            header.append(String.format(Locale.ROOT, " %,d: p50 / p95 (ms) |", size));
            rule.append("---:|");
        }
        header.append(" p95 ÷ p95 at ").append(String.format(Locale.ROOT, "%,d", sizes.get(0))).append(" |");
        rule.append("---:|");
        System.out.printf(Locale.ROOT, "%n=== page latency benchmark (%d bureaus, %d samples, %d MiB max heap, %d cores) ===%n",
                BUREAUS, SAMPLES, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.println(header);
        System.out.println(rule);
        results.forEach((page, bySize) -> {
            StringBuilder line = new StringBuilder("| " + page + " |");
            bySize.values().forEach(f -> line.append(String.format(Locale.ROOT, " %.0f / %.0f |", f[0], f[1])));
            double[] first = bySize.get(sizes.get(0));
            double[] last = bySize.get(sizes.get(sizes.size() - 1));
            line.append(String.format(Locale.ROOT, " %.1f× |", last[1] / first[1]));
            System.out.println(line);
        });
    }

    /**
     * Each size's ledger begins with the smaller one's entries, so the step to the next size imports only the new ones
     * (the import leaves unchanged entries as they are): 50,000 commitments after 10,000 import 40,000.
     */
    private void load(int commitments) {
        Path dir = SyntheticLedger.write(ImportAndStartBenchmark.ROOT.resolve("ledger-" + commitments), commitments, BUREAUS);
        long started = System.nanoTime();
        importer.importLedger(LedgerReader.read(dir.resolve(SyntheticLedger.LEDGER), dir.resolve(SyntheticLedger.BUREAUS),
                dir.resolve(SyntheticLedger.LEADERS)), "benchmark");
        jdbc.execute("vacuum analyze");
        System.out.printf(Locale.ROOT, "imported and started up to %,d commitments in %.0f s; database %d MiB%n", commitments,
                (System.nanoTime() - started) / 1e9, Footprint.databaseMiB(jdbc));
    }

    private Map<String, double[]> measure(Doors doors, int commitments) throws Exception {
        String bureauTasks = filter("本单位待办");
        String districtOverdue = filter("全区逾期");
        String someKey = jdbc.queryForObject("select id from commitment order by id offset ? limit 1", String.class, commitments / 2);
        String tasklistBody = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
        Map<String, double[]> pages = new LinkedHashMap<>();
        // which tables the pages read whole: the candidates for an index
        jdbc.execute("select pg_stat_reset()");
        pages.put("floor: GET /engine-rest/version (bureau clerk)", time(() -> doors.basic(CLERK, "GET", "/engine-rest/version", null)));
        pages.put("Tasklist 本单位待办, first 15 (bureau clerk)", time(() -> doors.basic(CLERK, "POST",
                "/engine-rest/filter/" + bureauTasks + "/list?firstResult=0&maxResults=15", tasklistBody)));
        pages.put("Tasklist 本单位待办, count (bureau clerk)", time(() -> doors.basic(CLERK, "GET",
                "/engine-rest/filter/" + bureauTasks + "/count", null)));
        pages.put("Tasklist 本单位待办, first 15 (督查室)", time(() -> doors.basic(SUPERVISOR, "POST",
                "/engine-rest/filter/" + bureauTasks + "/list?firstResult=0&maxResults=15", tasklistBody)));
        pages.put("Tasklist 全区逾期, first 15 (督查室)", time(() -> doors.basic(SUPERVISOR, "POST",
                "/engine-rest/filter/" + districtOverdue + "/list?firstResult=0&maxResults=15", tasklistBody)));
        pages.put("Cockpit search by business key, runtime (督查室)", time(() -> doors.basic(SUPERVISOR, "POST",
                "/engine-rest/process-instance?firstResult=0&maxResults=50", "{\"businessKey\":\"" + someKey + "\"}")));
        pages.put("Cockpit search by business key, history (督查室)", time(() -> doors.basic(SUPERVISOR, "POST",
                "/engine-rest/history/process-instance?firstResult=0&maxResults=50",
                "{\"processInstanceBusinessKey\":\"" + someKey + "\"}")));
        pages.put("督办总览 GET /duban/api/overview (督查室, whole ledger)", time(() -> doors.basic(SUPERVISOR, "GET",
                "/duban/api/overview", null)));
        pages.put("督办总览 GET /duban/api/overview (bureau clerk)", time(() -> doors.basic(CLERK, "GET",
                "/duban/api/overview", null)));
        // at the first wait state nothing is due yet: the aggregate reads every commitment and finds no report
        pages.put("scorecard draft figures, 2024-10 (in-process)",
                timeInProcess(() -> scorecard.of(new ScorecardPeriod(YearMonth.of(2024, 10)))));
        pages.forEach((page, f) -> System.out.printf(Locale.ROOT, "%,d commitments: %s p50 %.0f ms, p95 %.0f ms%n",
                commitments, page, f[0], f[1]));
        Thread.sleep(1000);
        System.out.printf(Locale.ROOT, "tables read sequentially during the page calls at %,d commitments:%n", commitments);
        jdbc.queryForList("""
                select relname, seq_scan, seq_tup_read, idx_scan from pg_stat_user_tables
                where seq_tup_read > 0 order by seq_tup_read desc limit 10""")
                .forEach(row -> System.out.println("  " + row));
        return pages;
    }

    /**
     * One call of each slow page with PostgreSQL's auto_explain loaded in every new session of the pool: the plans,
     * with actual times and buffers, go to the server's log.
     */
    private void explain(Doors doors, int commitments) throws Exception {
        assertThat(System.getProperty(EmbeddedPostgresDatabase.LOG_DIRECTORY)).as("-D" + EmbeddedPostgresDatabase.LOG_DIRECTORY
                + "=<dir> for the server's log").isNotNull();
        String database = jdbc.queryForObject("select current_database()", String.class);
        List<String> settings = List.of("session_preload_libraries = 'auto_explain'",
                "auto_explain.log_min_duration = " + Integer.getInteger("benchmark.pages.explain.ms", 5), "auto_explain.log_analyze = on", "auto_explain.log_buffers = on", "auto_explain.log_nested_statements = on");
        settings.forEach(setting -> jdbc.execute("alter database \"" + database + "\" set " + setting));
        HikariDataSource pool = (HikariDataSource) dataSource;
        pool.getHikariPoolMXBean().softEvictConnections();
        try {
            String bureauTasks = filter("本单位待办");
            String tasklistBody = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
            Map<String, Call> slow = new LinkedHashMap<>();
            slow.put("Tasklist 本单位待办 (bureau clerk)", () -> doors.basic(CLERK, "POST",
                    "/engine-rest/filter/" + bureauTasks + "/list?firstResult=0&maxResults=15", tasklistBody));
            slow.put("Tasklist 本单位待办 (督查室)", () -> doors.basic(SUPERVISOR, "POST",
                    "/engine-rest/filter/" + bureauTasks + "/list?firstResult=0&maxResults=15", tasklistBody));
            slow.put("督办总览 (督查室)", () -> doors.basic(SUPERVISOR, "GET", "/duban/api/overview", null));
            for (Map.Entry<String, Call> page : slow.entrySet()) {
                // the server log is a file of its own, in UTC: its timestamps place each plan after the line naming its page
                System.out.printf(Locale.ROOT, "=== %s plans at %,d commitments: %s ===%n", java.time.Instant.now(), commitments,
                        page.getKey());
                page.getValue().send();
                Thread.sleep(500);
            }
            System.out.printf(Locale.ROOT, "=== end of plans at %,d commitments ===%n", commitments);
        } finally {
            for (String setting : settings) {
                jdbc.execute("alter database \"" + database + "\" reset " + setting.substring(0, setting.indexOf(' ')));
            }
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    private String filter(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    interface Work {
        void run() throws Exception;
    }

    private static double[] time(Call call) throws Exception {
        return timeInProcess(() -> {
            HttpResponse<String> response = call.send();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        });
    }

    private static double[] timeInProcess(Work work) throws Exception {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        List<Double> millis = new ArrayList<>();
        try (FlightRecording profile = FlightRecording.start("page")) {
            for (int i = 0; i < SAMPLES; i++) {
                long started = System.nanoTime();
                work.run();
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        return new double[] {Footprint.percentile(millis, 50), Footprint.percentile(millis, 95)};
    }
}
