package cn.duban.audit;

import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.CleanSlate;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On demand only ({@code ./mvnw -B test -Pbenchmark}; not part of {@code verify}): fills the embedded PostgreSQL with
 * synthetic activity-instance history, exports it in every format and times Camunda's REST history paging
 * ({@code firstResult}/{@code maxResults}) over the same rows. Prints a Markdown table for {@code docs/benchmarks.md}.
 * Row counts: {@code -Dbenchmark.rows=1000000,2000000} (default); REST page size {@code -Dbenchmark.restPage=1000}
 * (default; 0 skips the REST comparison, which takes half an hour at a million rows).
 */
@Tag("benchmark")
@PostgresWebTest
class AuditExportBenchmark {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuditExporter exporter;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void exportsMillionsOfHistoryRowsFasterThanRestPagingInConstantMemory() throws Exception {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        jdbc.update("delete from ACT_HI_ACTINST where ID_ like 'bench-%'");
        int restPage = Integer.getInteger("benchmark.restPage", 1000);
        List<String> lines = new ArrayList<>();
        lines.add("| history rows | format | seconds | rows/s | peak heap (MiB) | file (MiB) |");
        lines.add("|---:|---|---:|---:|---:|---:|");
        String rest = null;
        int inserted = 0;
        for (String size : System.getProperty("benchmark.rows", "1000000,2000000").split(",")) {
            int rows = Integer.parseInt(size.trim());
            insertActivityInstances(inserted + 1, rows);
            inserted = rows;
            jdbc.execute("analyze ACT_HI_ACTINST");
            for (ExportFormat format : ExportFormat.values()) {
                lines.add(exportRow(rows, format));
                System.out.println(lines.get(lines.size() - 1));
            }
            if (rest == null && restPage > 0) {
                rest = restPaging(rows, restPage);
                System.out.println(rest);
            }
        }
        System.out.println("\n=== audit export benchmark (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB max heap, "
                + Runtime.getRuntime().availableProcessors() + " cores) ===");
        lines.forEach(System.out::println);
        System.out.println(rest == null ? "(REST paging skipped)" : rest);
        jdbc.update("delete from ACT_HI_ACTINST where ID_ like 'bench-%'");
    }

    /** Synthetic but realistic rows: 1,000 instances of the commitment process, one activity per second of 2024. */
    private void insertActivityInstances(int first, int last) {
        for (int from = first; from <= last; from += 250_000) {
            int to = Math.min(last, from + 249_999);
            jdbc.update("""
                    insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,
                        ACT_ID_, ACT_NAME_, ACT_TYPE_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)
                    select 'bench-' || lpad(g::text, 9, '0'), 'commitment', 'commitment:1:bench', 'bench-pi-' || (g % 1000),
                        'bench-pi-' || (g % 1000), 'bench-ex-' || (g % 1000), 'Task_FileProgress',
                        '进度月报（2024-' || lpad(((g % 12) + 1)::text, 2, '0') || '） · 2024-02-07 新增规上工业企业15家',
                        'userTask', 'gongxin01', timestamp '2024-01-01' + g * interval '1 second',
                        timestamp '2024-01-01' + g * interval '1 second' + interval '2 hours', 7200000, 1, g
                    from generate_series(?, ?) g""", from, to);
        }
    }

    private String exportRow(int rows, ExportFormat format) throws IOException {
        Path file = Files.createTempFile("audit-benchmark", "." + format.extension());
        try {
            HeapPeak heap = HeapPeak.start();
            long started = System.nanoTime();
            ExportResult result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                result = exporter.export(ExportFilter.everything(), format, "benchmark", "benchmark", out);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long exported = result.manifest().totalRows();
            return String.format(Locale.ROOT, "| %,d | %s | %.1f | %,.0f | %d | %d |", exported, format.id(), seconds,
                    exported / seconds, heap.mebibytes(), Files.size(file) >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What an auditor without the export would do: page through Camunda's REST history API with an offset. */
    private String restPaging(int rows, int page) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String authorization = "Basic " + Base64.getEncoder().encodeToString("testadmin:Test-Only-Passw0rd".getBytes(StandardCharsets.UTF_8));
        JsonFactory json = new JsonFactory();
        long started = System.nanoTime();
        long read = 0;
        for (int first = 0; ; first += page) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/engine-rest/history/activity-instance?sortBy=startTime&sortOrder=asc&firstResult=" + first
                    + "&maxResults=" + page)).header("Authorization", authorization).GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int count = 0;
            try (JsonParser parser = json.createParser(response.body())) {
                for (JsonToken token; (token = parser.nextToken()) != null; ) {
                    if (token == JsonToken.START_OBJECT) {
                        count++;
                        parser.skipChildren();
                    }
                }
            }
            read += count;
            if (count < page) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(Locale.ROOT, "%nCamunda REST history paging, GET /engine-rest/history/activity-instance "
                + "(maxResults=%d): %,d rows in %.1f s = %,.0f rows/s", page, read, seconds, read / seconds);
    }

    /** The highest heap occupancy (all heap pools) from {@link #start()} until {@link #mebibytes()}. */
    private record HeapPeak(List<MemoryPoolMXBean> pools) {

        static HeapPeak start() {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            return new HeapPeak(heap);
        }

        long mebibytes() {
            return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
        }
    }
}
