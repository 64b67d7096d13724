package cn.duban.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: the outbox of every channel, and for {@link Channel#IN_APP} the inbox itself. */
@Repository
class Outbox {

    private static final String COLUMNS = "id, kind, channel, recipient, address, secret, format, commitment_id, task_id, title, "
            + "body, link, created_at, status, attempts, sent_at, last_error";

    private final NamedParameterJdbcTemplate jdbc;

    Outbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes one row in the caller's transaction and returns its id, the delivery's idempotency key. */
    long add(Notice notice, String recipient, Channel channel, NotificationRouting.Route route, LocalDateTime now) {
        boolean inApp = channel == Channel.IN_APP;
        var params = new MapSqlParameterSource()
                .addValue("kind", notice.kind().name()).addValue("channel", channel.name()).addValue("recipient", recipient)
                .addValue("address", route == null ? null : route.address()).addValue("secret", route == null ? null : route.secret())
                .addValue("format", route == null ? null : route.format().name())
                .addValue("commitmentId", notice.commitmentId()).addValue("taskId", notice.taskId())
                .addValue("title", notice.title()).addValue("body", notice.text()).addValue("link", notice.link())
                .addValue("createdAt", Timestamp.valueOf(now))
                .addValue("status", (inApp ? DeliveryStatus.SENT : DeliveryStatus.PENDING).name())
                .addValue("sentAt", inApp ? Timestamp.valueOf(now) : null);
        var key = new GeneratedKeyHolder();
        jdbc.update("insert into notification (kind, channel, recipient, address, secret, format, commitment_id, task_id, title, "
                + "body, link, created_at, status, sent_at) values (:kind, :channel, :recipient, :address, :secret, :format, "
                + ":commitmentId, :taskId, :title, :body, :link, :createdAt, :status, :sentAt)", params, key, new String[] {"id"});
        return key.getKey().longValue();
    }

    Optional<Notification> find(long id) {
        return jdbc.query("select " + COLUMNS + " from notification where id = :id", new MapSqlParameterSource("id", id),
                Outbox::row).stream().findFirst();
    }

    /**
     * Claims an unsent row for one delivery, in the caller's (own) transaction: true unless another delivery claimed it
     * after {@code staleBefore} and has not finished. Rows only ever leave the claim as sent or failed.
     */
    boolean claim(long id, LocalDateTime now, LocalDateTime staleBefore) {
        return jdbc.update("update notification set sending_since = :now where id = :id and status <> 'SENT' "
                + "and (sending_since is null or sending_since < :stale)", new MapSqlParameterSource("id", id)
                .addValue("now", Timestamp.valueOf(now)).addValue("stale", Timestamp.valueOf(staleBefore))) == 1;
    }

    void markSent(long id, LocalDateTime now) {
        jdbc.update("update notification set status = 'SENT', sent_at = :now, attempts = attempts + 1, sending_since = null "
                + "where id = :id",
                new MapSqlParameterSource("id", id).addValue("now", Timestamp.valueOf(now)));
    }

    void markFailed(long id, String error) {
        jdbc.update("update notification set status = 'FAILED', attempts = attempts + 1, last_error = :error, "
                + "sending_since = null where id = :id",
                new MapSqlParameterSource("id", id).addValue("error", error.length() > 2000 ? error.substring(0, 2000) : error));
    }

    /** The newest in-app notifications for a person: addressed to them or to one of their groups. */
    List<InboxEntry> inbox(String userId, Collection<String> recipients, int limit) {
        return jdbc.query("select n.id, n.kind, n.commitment_id, n.title, n.body, n.link, n.created_at, r.read_at "
                + "from notification n left join notification_read r on r.notification_id = n.id and r.user_id = :user "
                + "where n.channel = 'IN_APP' and n.recipient in (:recipients) order by n.created_at desc, n.id desc limit :limit",
                new MapSqlParameterSource("user", userId).addValue("recipients", recipients).addValue("limit", limit),
                (rs, i) -> new InboxEntry(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("commitment_id"), rs.getString("title"), rs.getString("body"), rs.getString("link"),
                        rs.getTimestamp("created_at").toLocalDateTime(), rs.getTimestamp("read_at") != null));
    }

    int unread(String userId, Collection<String> recipients) {
        Integer count = jdbc.queryForObject("select count(*) from notification n where n.channel = 'IN_APP' "
                + "and n.recipient in (:recipients) and not exists (select 1 from notification_read r "
                + "where r.notification_id = n.id and r.user_id = :user)",
                new MapSqlParameterSource("user", userId).addValue("recipients", recipients), Integer.class);
        return count == null ? 0 : count;
    }

    /** True if the notification is in the person's inbox; marking twice keeps the first reading. */
    boolean markRead(long id, String userId, Collection<String> recipients, LocalDateTime now) {
        var params = new MapSqlParameterSource("id", id).addValue("user", userId).addValue("recipients", recipients)
                .addValue("now", Timestamp.valueOf(now));
        Integer visible = jdbc.queryForObject("select count(*) from notification where id = :id and channel = 'IN_APP' "
                + "and recipient in (:recipients)", params, Integer.class);
        if (visible == null || visible == 0) {
            return false;
        }
        jdbc.update("insert into notification_read (notification_id, user_id, read_at) select :id, :user, :now "
                + "where not exists (select 1 from notification_read where notification_id = :id and user_id = :user)", params);
        return true;
    }

    private static Notification row(ResultSet rs, int i) throws SQLException {
        Timestamp sentAt = rs.getTimestamp("sent_at");
        String format = rs.getString("format");
        return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("address"),
                rs.getString("secret"), format == null ? MessageFormat.TEXT : MessageFormat.valueOf(format),
                rs.getString("commitment_id"), rs.getString("task_id"), rs.getString("title"), rs.getString("body"),
                rs.getString("link"), rs.getTimestamp("created_at").toLocalDateTime(),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                sentAt == null ? null : sentAt.toLocalDateTime(), rs.getString("last_error"));
    }

    /** One line of a person's inbox. */
    record InboxEntry(long id, NotificationKind kind, String commitmentId, String title, String body, String link,
            LocalDateTime createdAt, boolean read) {
    }
}
