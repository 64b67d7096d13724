package cn.duban.audit;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** duban's audit trail of exports ({@code export_record}): written when an export starts and when it ends. */
@Repository
class ExportRecords {

    private final JdbcTemplate jdbc;

    ExportRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long started(LocalDateTime at, String actor, String channel, ExportFormat format, ExportFilter filter) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into export_record (requested_at, actor, channel, "
                    + "format, filter, status) values (?, ?, ?, ?, ?, 'STARTED')", new String[] {"id"});
            insert.setTimestamp(1, Timestamp.valueOf(at));
            insert.setString(2, actor);
            insert.setString(3, channel);
            insert.setString(4, format.id());
            insert.setString(5, filter.summary());
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    void completed(long id, Manifest manifest) {
        jdbc.update("update export_record set status = 'COMPLETED', completed_at = ?, tables = ?, row_count = ?, "
                + "chain_hash = ? where id = ?", Timestamp.valueOf(LocalDateTime.now()), manifest.files().size(),
                manifest.totalRows(), manifest.chainHash(), id);
    }

    void failed(long id, Exception cause) {
        String message = String.valueOf(cause.getMessage());
        jdbc.update("update export_record set status = 'FAILED', completed_at = ?, failure = ? where id = ?",
                Timestamp.valueOf(LocalDateTime.now()), message.substring(0, Math.min(2000, message.length())), id);
    }
}
