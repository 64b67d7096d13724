package cn.duban.audit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The evidence files of an export: those its {@code evidence_file} table lists, written as they are under
 * {@code evidence/<id>-<name>} in the archive formats, each with its own manifest entry (so {@code verify} checks its
 * SHA-256 and the chain covers it). XLSX holds tables only: its 佐证材料 sheet lists each file's hash.
 */
final class EvidenceFiles {

    private record Listed(String id, String name, String sha256) {
    }

    private final List<Listed> listed = new ArrayList<>();
    private int id = -1;
    private int name = -1;
    private int sha256 = -1;

    void columns(List<String> columns) {
        id = columns.indexOf("id");
        name = columns.indexOf("file_name");
        sha256 = columns.indexOf("sha256");
    }

    void listed(String[] values) {
        if (id >= 0 && name >= 0 && sha256 >= 0) {
            listed.add(new Listed(values[id], values[name], values[sha256]));
        }
    }

    List<Manifest.Entry> write(ExportWriter writer, DataSource dataSource) throws IOException, SQLException {
        List<Manifest.Entry> entries = new ArrayList<>();
        if (listed.isEmpty()) {
            return entries;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select content from evidence_blob where sha256 = ?")) {
            for (Listed file : listed) {
                query.setString(1, file.sha256());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("佐证材料 " + file.id() + " 的内容缺失（SHA-256 " + file.sha256() + "）");
                    }
                    Optional<Manifest.Entry> entry = writer.attachment(Manifest.EVIDENCE_DIR + file.id() + "-" + file.name(),
                            "佐证材料 " + file.name(), row.getBytes(1));
                    if (entry.isEmpty()) {
                        return entries;
                    }
                    if (!entry.get().sha256().equals(file.sha256())) {
                        throw new IllegalStateException("佐证材料 " + file.id() + " 的内容与其 SHA-256 不符");
                    }
                    entries.add(entry.get());
                }
            }
        }
        return entries;
    }
}
