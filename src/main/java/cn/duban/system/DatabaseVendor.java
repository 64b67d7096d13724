package cn.duban.system;

import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether duban runs on PostgreSQL (the {@code postgres} profile, the tests) or on the demo's H2, for the few
 * statements only PostgreSQL has: asked of the database once.
 */
@Component
public class DatabaseVendor {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgresql;

    DatabaseVendor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean postgresql() {
        if (postgresql == null) {
            postgresql = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
        }
        return postgresql;
    }
}
