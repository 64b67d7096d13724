package cn.duban.nodes;

import cn.duban.testing.EmbeddedPostgresDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One embedded PostgreSQL for every multi-JVM test of the run; each play creates its own database on it. */
final class NodesPostgres {

    private static EmbeddedPostgres server;

    private NodesPostgres() {
    }

    static synchronized int port() {
        if (server == null) {
            try {
                server = EmbeddedPostgresDatabase.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "nodes-postgres-stop"));
        }
        return server.getPort();
    }
}
