package cn.duban.scale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.ledger.CustomPlans;
import cn.duban.ledger.ImportReport;
import cn.duban.ledger.Ledger;
import cn.duban.ledger.LedgerImporter;
import cn.duban.ledger.LedgerReader;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark 1 of issue 14, on demand only ({@code ./mvnw -B test -Pbenchmark -Dtest=ImportAndStartBenchmark}): a
 * synthetic ledger ({@link SyntheticLedger}, 500 bureaus) read, validated against its report, imported and started to
 * the first wait state (制定实施方案 offered to the lead bureau), against the raw engine starting as many one-user-task
 * instances with as many variables, history level full, in one transaction as well. Sizes:
 * {@code -Dbenchmark.import.sizes=1000,2000} (default). Prints a Markdown table for docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class ImportAndStartBenchmark {

    static final int BUREAUS = Integer.getInteger("benchmark.bureaus", 500);
    static final Path ROOT = Path.of("target", "scale-ledgers");

    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CustomPlans plans;

    /** Identity set-up at start-up creates the 500 bureau groups and their filter grants from this directory. */
    @DynamicPropertySource
    static void syntheticOrganisation(DynamicPropertyRegistry registry) {
        Path organisation = SyntheticLedger.write(ROOT.resolve("organisation"), 1, BUREAUS);
        registry.add("duban.ledger.directory", organisation::toString);
    }

    @Test
    void importsAndStartsAScaledLedgerAgainstTheRawEngine() throws Exception {
        String deployment = deployRawModel();
        List<String> lines = new ArrayList<>();
        lines.add("| commitments | read + validate (s) | import + start (s) | commitments/s | raw engine (s) | raw instances/s "
                + "| duban ÷ raw | history rows per commitment | raw history rows per instance | peak heap duban / raw (MiB) "
                + "| database growth duban / raw (MiB) |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        try {
            for (String size : System.getProperty("benchmark.import.sizes", "1000,2000").split(",")) {
                lines.add(measure(Integer.parseInt(size.trim())));
                System.out.println(lines.get(lines.size() - 1));
            }
        } finally {
            CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
        System.out.printf(Locale.ROOT, "%n=== import and start benchmark (%d bureaus, %d MiB max heap, %d cores) ===%n", BUREAUS,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        lines.forEach(System.out::println);
    }

    private String measure(int commitments) {
        Path dir = SyntheticLedger.write(ROOT.resolve("ledger-" + commitments), commitments, BUREAUS);

        clean();
        long dbBefore = Footprint.databaseMiB(jdbc);
        long historyBefore = Footprint.historyRows(jdbc);
        Footprint.resetHeapPeak();
        long started = System.nanoTime();
        Ledger ledger = LedgerReader.read(dir.resolve(SyntheticLedger.LEDGER), dir.resolve(SyntheticLedger.BUREAUS),
                dir.resolve(SyntheticLedger.LEADERS));
        long read = System.nanoTime();
        ImportReport report = importer.importLedger(ledger, "benchmark");
        long imported = System.nanoTime();
        long heap = Footprint.peakHeapMiB();
        assertThat(report.created()).hasSize(commitments);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(CommitmentProcess.TASK_WRITE_PLAN).count())
                .isEqualTo(commitments);
        long history = Footprint.historyRows(jdbc) - historyBefore;
        long db = Footprint.databaseMiB(jdbc) - dbBefore;

        clean();
        long rawDbBefore = Footprint.databaseMiB(jdbc);
        long rawHistoryBefore = Footprint.historyRows(jdbc);
        Footprint.resetHeapPeak();
        long rawStarted = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            // planned as duban's import is; -Dbenchmark.import.rawPlans=generic measures the engine as it ships, whose cached
            // generic plans make one transaction of many starts quadratic on PostgreSQL
            if (!"generic".equals(System.getProperty("benchmark.import.rawPlans"))) {
                plans.forThisTransaction();
            }
            for (int i = 0; i < commitments; i++) {
                engine.getRuntimeService().startProcessInstanceByKey(RAW_KEY, "raw-" + i, rawVariables(i));
            }
        });
        long rawEnded = System.nanoTime();
        long rawHeap = Footprint.peakHeapMiB();
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(RAW_KEY).count()).isEqualTo(commitments);
        long rawHistory = Footprint.historyRows(jdbc) - rawHistoryBefore;
        long rawDb = Footprint.databaseMiB(jdbc) - rawDbBefore;

        double readSeconds = (read - started) / 1e9;
        double importSeconds = (imported - read) / 1e9;
        double total = readSeconds + importSeconds;
        double raw = (rawEnded - rawStarted) / 1e9;
        return String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.0f | %.1f | %.0f | %.2f× | %.0f | %.0f | %d / %d | %d / %d |",
                commitments, readSeconds, importSeconds, commitments / total, raw, commitments / raw, total / raw,
                (double) history / commitments, (double) rawHistory / commitments, heap, rawHeap, db, rawDb);
    }

    private void clean() {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        jdbc.execute("vacuum analyze");
    }

    static final String RAW_KEY = "benchmarkRawOneTask";

    private String deployRawModel() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(RAW_KEY).camundaHistoryTimeToLive(3650)
                .startEvent("Event_Start").userTask("Task_Work").camundaCandidateGroups(SyntheticLedger.bureau(0))
                .endEvent("Event_End").done();
        return engine.getRepositoryService().createDeployment().name("benchmark-raw")
                .addModelInstance("benchmark-raw.bpmn", model).deploy().getId();
    }

    /** As many variables as a commitment starts with (its ledger fields and quarterly plan), of similar size. */
    private static Map<String, Object> rawVariables(int i) {
        Map<String, Object> vars = new HashMap<>();
        for (int v = 0; v < 16; v++) {
            vars.put("field" + v, "合成变量值" + i + "-" + v);
        }
        for (int q = 1; q <= 4; q++) {
            vars.put("planned" + q, (double) q * i);
        }
        return vars;
    }
}
