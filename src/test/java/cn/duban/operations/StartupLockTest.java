package cn.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.testing.PostgresTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The start-up lock is held only while a node starts: once the application accepts traffic another node may take it
 * at once. That two nodes started together really run one after the other is shown by {@code ClusterIT}.
 */
@PostgresTest
class StartupLockTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aStartedNodeHoldsNoStartupLock() throws Exception {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            ResultSet taken = statement.executeQuery("select pg_try_advisory_lock(" + StartupLock.KEY + ")");
            taken.next();
            assertThat(taken.getBoolean(1)).as("the lock is free for the next node").isTrue();
            statement.execute("select pg_advisory_unlock(" + StartupLock.KEY + ")");
        }
    }
}
