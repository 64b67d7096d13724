package cn.duban.audit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The fastest the export's rows can leave PostgreSQL: the same selects as {@link ExportedTables}, in the same order,
 * written by the server itself with {@code COPY (…) TO STDOUT (FORMAT csv)} through the JDBC driver's
 * {@code CopyManager} to a file — raw, or through gzip level 6 as {@code | gzip -6} would.
 */
final class PhysicalLimit {

    private final DataSource dataSource;

    PhysicalLimit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    AuditExportBenchmark.Measured copy(boolean gzip) throws SQLException, IOException {
        return copy(ExportedTables.all(LocalDateTime.now(), true).stream().filter(table -> table.sql() != null).toList(), gzip);
    }

    AuditExportBenchmark.Measured activityInstances() throws SQLException, IOException {
        return copy(ExportedTables.all(LocalDateTime.now(), true).stream()
                .filter(table -> table.name().equals("activity_instance")).toList(), true);
    }

    private AuditExportBenchmark.Measured copy(List<ExportTable> tables, boolean gzip) throws SQLException, IOException {
        Path file = Files.createTempFile("audit-copy", gzip ? ".csv.gz" : ".csv");
        try {
            long started = System.nanoTime();
            long rows = 0;
            try (Connection connection = dataSource.getConnection();
                    OutputStream out = open(file, gzip)) {
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (ExportTable table : tables) {
                    String order = table.keys().stream().map(ExportTable.Key::expr).collect(Collectors.joining(", "));
                    long tableStarted = System.nanoTime();
                    rows += copy.copyOut("COPY (" + table.sql() + " order by " + order + ") TO STDOUT (FORMAT csv)", out);
                    if (Boolean.getBoolean("benchmark.perTable")) {
                        System.out.printf(java.util.Locale.ROOT, "  COPY %s: %.2f s%n", table.name(),
                                (System.nanoTime() - tableStarted) / 1e9);
                    }
                }
            }
            return new AuditExportBenchmark.Measured(rows, (System.nanoTime() - started) / 1e9, -1, Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (!gzip) {
            return out;
        }
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION); // 6, as gzip -6
            }
        };
    }
}
