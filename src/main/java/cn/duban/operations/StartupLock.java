package cn.duban.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Several nodes on one PostgreSQL start one after the other: the engine's schema creation, the deployment of the
 * models, the identity set-up and the ledger import are each safe to repeat but not to race (two empty-database
 * schema creations collide, two imports start a commitment twice). A node holds a PostgreSQL advisory lock from
 * before its engine is built until it accepts traffic, after every start-up listener has run; a node that dies
 * meanwhile loses its connection and with it the lock. The demo's H2 has one node and no lock.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** Any constant both nodes agree on: "duban" in ASCII. */
    static final long KEY = 0x647562616EL;

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                var free = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")");
                free.next();
                if (!free.getBoolean(1)) {
                    log.info("另一个节点正在启动，等待它完成（数据库启动锁）");
                    statement.execute("select pg_advisory_lock(" + KEY + ")");
                }
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("无法取得数据库启动锁：" + e.getMessage(), e);
        }
    }

    @EventListener
    public void ready(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            release();
        }
    }

    @EventListener(ContextClosedEvent.class)
    public void closed() {
        release();
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            log.warn("releasing the start-up lock: {}", e.getMessage());
        } finally {
            held = null;
        }
    }
}
