package cn.duban.audit;

import cn.duban.testing.FlightRecording;
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
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On demand only ({@code ./mvnw -B test -Pbenchmark}; not part of {@code verify}): fills the embedded PostgreSQL with
 * synthetic activity-instance history, exports it in every format and times Camunda's REST history paging
 * ({@code firstResult}/{@code maxResults}) over the same rows. Prints a Markdown table for {@code docs/benchmarks.md}.
 * Row counts: {@code -Dbenchmark.rows=1000000,2000000} (default); REST page size {@code -Dbenchmark.restPage=1000}
 * (default; 0 skips the REST comparison, which takes half an hour at a million rows). Every format is exported
 * {@code -Dbenchmark.repeats=3} times (default), one format after the other: the first pass of a JVM includes the
 * compilation of the export's code.
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
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @Test
    void exportsEveryTableNearThePhysicalLimitInConstantMemory() throws Exception {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        SyntheticAuditHistory history = new SyntheticAuditHistory(jdbc);
        history.clear();
        int restPage = Integer.getInteger("benchmark.restPage", 1000);
        List<String> formats = List.of(System.getProperty("benchmark.formats", "csv,jsonl,xlsx").split(","));
        int repeats = Integer.getInteger("benchmark.repeats", 3);
        List<String> lines = new ArrayList<>();
        lines.add("| rows exported | commitments | what | seconds | rows/s | × COPY\\|gzip | peak heap (MiB) | file (MiB) |");
        lines.add("|---:|---:|---|---:|---:|---:|---:|---:|");
        String rest = null;
        int commitments = 0;
        for (String size : System.getProperty("benchmark.rows", "1000000,5000000").split(",")) {
            int wanted = Math.max(1, Integer.parseInt(size.trim()) / SyntheticAuditHistory.ROWS_PER_COMMITMENT);
            long fillStarted = System.nanoTime();
            history.add(commitments + 1, wanted);
            commitments = wanted;
            System.out.printf(Locale.ROOT, "filled %,d commitments, %,d table rows, in %.1f s; database %s%n", commitments,
                    history.rows(), (System.nanoTime() - fillStarted) / 1e9,
                    jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));
            PhysicalLimit limit = new PhysicalLimit(dataSource);
            limit.copy(false); // warms the caches; not counted
            Measured copy = limit.copy(false);
            Measured gzip = limit.copy(true);
            Measured activities = limit.activityInstances();
            add(lines, copy.row(commitments, "COPY … TO STDOUT (FORMAT csv), every table", gzip.seconds()));
            add(lines, gzip.row(commitments, "COPY … \\| gzip -6 (GZIPOutputStream), every table", gzip.seconds()));
            add(lines, activities.row(commitments, "COPY … \\| gzip -6, activity instances only", gzip.seconds()));
            for (int pass = 1; pass <= repeats; pass++) {
                for (ExportFormat format : ExportFormat.values()) {
                    if (formats.contains(format.id())) {
                        add(lines, exportRow(format).row(commitments, "duban " + format.id() + ", pass " + pass, gzip.seconds()));
                    }
                }
            }
            Measured gzipAgain = limit.copy(true);
            add(lines, gzipAgain.row(commitments, "COPY … \\| gzip -6 again, after the exports", gzip.seconds()));
            if (rest == null && restPage > 0) {
                rest = restPaging(restPage);
                System.out.println(rest);
            }
        }
        System.out.println("\n=== audit export benchmark (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB max heap, "
                + Runtime.getRuntime().availableProcessors() + " cores) ===");
        lines.forEach(System.out::println);
        System.out.println(rest == null ? "(REST paging skipped)" : rest);
        history.clear();
    }

    private static void add(List<String> lines, String line) {
        lines.add(line);
        System.out.println(line);
    }

    /** One timed pass: rows, seconds, peak heap and output size. */
    record Measured(long rows, double seconds, long heapMebibytes, long fileBytes) {

        String row(int commitments, String what, double gzipSeconds) {
            return String.format(Locale.ROOT, "| %,d | %,d | %s | %.1f | %,.0f | %.2f | %s | %.1f |", rows, commitments, what,
                    seconds, rows / seconds, seconds / gzipSeconds, heapMebibytes < 0 ? "—" : Long.toString(heapMebibytes),
                    fileBytes / 1048576.0);
        }
    }

    private Measured exportRow(ExportFormat format) throws Exception {
        Path file = Files.createTempFile("audit-benchmark", "." + format.extension());
        try {
            HeapPeak heap = HeapPeak.start();
            long started = System.nanoTime();
            ExportResult result;
            try (FlightRecording profile = FlightRecording.start(format.id());
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                result = exporter.export(ExportFilter.everything(), format, "benchmark", "benchmark", out);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Measured(result.manifest().totalRows(), seconds, heap.mebibytes(), Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What an auditor without the export would do: page through Camunda's REST history API with an offset. */
    private String restPaging(int page) throws IOException, InterruptedException {
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
