package cn.duban.audit;

import cn.duban.system.DatabaseVendor;
import cn.duban.system.EngineClock;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Exports the history of the commitments, bureaus and period a filter selects, table after table, streamed to one
 * output, with a manifest. Every export is recorded in {@code export_record}, including those that fail. Callers
 * check that the actor is an auditor ({@link Auditors}).
 */
@Service
public class AuditExporter {

    private static final Logger log = LoggerFactory.getLogger(AuditExporter.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ExportRecords records;
    private final AuditExportProperties properties;
    private final DatabaseVendor vendor;

    AuditExporter(DataSource dataSource, JdbcTemplate jdbc, ExportRecords records, AuditExportProperties properties,
            DatabaseVendor vendor) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.records = records;
        this.properties = properties;
        this.vendor = vendor;
    }

    /** Refuses a filter naming a commitment or bureau that does not exist: an empty export would look like a clean one. */
    public void validate(ExportFilter filter) {
        for (String commitment : filter.commitments()) {
            if (count("select count(*) from commitment where id = ?", commitment) == 0) {
                throw new InvalidExportRequest("commitment", "承诺事项“" + commitment + "”不存在");
            }
        }
        for (String bureau : filter.bureaus()) {
            if (count("select count(*) from bureau where id = ?", bureau) == 0) {
                throw new InvalidExportRequest("bureau", "责任单位“" + bureau + "”不存在");
            }
        }
    }

    /**
     * @param actor   the auditor's user id, as recorded
     * @param channel how it was asked for: {@code rest} or {@code command-line}
     */
    public ExportResult export(ExportFilter filter, ExportFormat format, String actor, String channel, OutputStream out)
            throws IOException {
        validate(filter);
        LocalDateTime exportedAt = LocalDateTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.MILLIS);
        long id = records.started(exportedAt, actor, channel, format, filter);
        log.info("审计导出 #{} 开始：{} 格式 {}，{}", id, actor, format.id(), filter.summary());
        try {
            ExportWriter writer = ExportWriter.of(format, out, properties.compressionLevel());
            KeysetReader reader = new KeysetReader(dataSource, properties.pageSize(), properties.fetchSize());
            List<Manifest.Entry> files = new ArrayList<>();
            List<String[]> dictionary = new ArrayList<>();
            EvidenceFiles evidence = new EvidenceFiles();
            for (ExportTable table : ExportedTables.all(LocalDateTime.ofInstant(EngineClock.now(), ZoneId.systemDefault()),
                    vendor.postgresql())) {
                writer.beginTable(table);
                boolean evidenceTable = ExportedTables.EVIDENCE_TABLE.equals(table.name());
                Prefetch.read(reader, table, filter, new KeysetReader.TableSink() {
                    @Override
                    public void header(List<String> columns, List<String> labels) throws IOException {
                        for (int i = 0; i < columns.size(); i++) {
                            dictionary.add(new String[] {table.name(), table.title(), table.sheet(), columns.get(i), labels.get(i)});
                        }
                        if (evidenceTable) {
                            evidence.columns(columns);
                        }
                        writer.header(columns, labels);
                    }

                    @Override
                    public void row(String[] values) throws IOException {
                        if (evidenceTable) {
                            evidence.listed(values);
                        }
                        writer.row(values);
                    }
                });
                files.add(writer.endTable());
            }
            files.add(writeDictionary(writer, dictionary));
            files.addAll(evidence.write(writer, dataSource));
            Manifest manifest = Manifest.of(format.id(), id, Cells.time(exportedAt), actor, filter, files);
            writer.finish(manifest);
            records.completed(id, manifest);
            log.info("审计导出 #{} 完成：{} 行，链式哈希 {}", id, manifest.totalRows(), manifest.chainHash());
            return new ExportResult(id, manifest);
        } catch (IOException | SQLException | RuntimeException e) {
            records.failed(id, e);
            log.warn("审计导出 #{} 失败：{}", id, e.toString());
            if (e instanceof SQLException sql) {
                throw new IllegalStateException("审计导出读取数据库失败：" + sql.getMessage(), sql);
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
    }

    /** 字段说明: every exported column of every table, its field name and Chinese header, as a table of its own. */
    private static Manifest.Entry writeDictionary(ExportWriter writer, List<String[]> dictionary) throws IOException {
        ExportTable table = ExportedTables.DICTIONARY;
        writer.beginTable(table);
        List<String> columns = List.of("table_name", "table_title", "sheet", "field", "label");
        writer.header(columns, columns.stream().map(column -> FieldNames.label(table.name(), column, false)).toList());
        for (String[] row : dictionary) {
            writer.row(row);
        }
        return writer.endTable();
    }

    private int count(String sql, String value) {
        Integer count = jdbc.queryForObject(sql, Integer.class, value);
        return count == null ? 0 : count;
    }
}
