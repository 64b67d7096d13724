package cn.duban.operations;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops the start when the connection pool is too small for the job executor. A notification's delivery job holds
 * the engine's connection and claims its outbox row in a transaction of its own, a second connection: with as many
 * executor threads as connections, every thread can hold one and wait for another until the pool's timeout, and a
 * burst of reminders fails instead of being sent (found by {@code ClusterThroughputBenchmark} with Camunda's default
 * ten threads on Hikari's default ten connections).
 */
@Component
class ConnectionBudget {

    /** The job acquisition's connection and one for the web requests and scheduled work beside the jobs. */
    static final int BESIDE_JOBS = 2;

    ConnectionBudget(DataSource dataSource, CamundaBpmProperties camunda, Environment environment) throws SQLException {
        // the starter runs the job executor unless the property says false (its properties object reads false when unset)
        boolean jobsRun = environment.getProperty("camunda.bpm.job-execution.enabled", Boolean.class, true);
        if (!jobsRun || !dataSource.isWrapperFor(HikariDataSource.class)) {
            return;
        }
        check(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize(), camunda.getJobExecution().getMaxPoolSize());
    }

    static int required(int executorThreads) {
        return 2 * executorThreads + BESIDE_JOBS;
    }

    static void check(int poolSize, int executorThreads) {
        if (poolSize < required(executorThreads)) {
            throw new IllegalStateException("数据库连接池过小：spring.datasource.hikari.maximum-pool-size 为 " + poolSize
                    + "，作业执行器最多 " + executorThreads + " 个线程（camunda.bpm.job-execution.max-pool-size），"
                    + "发送通知的作业每个同时占用 2 个连接，连接池至少需要 " + required(executorThreads)
                    + " 个连接，否则作业线程会互相等待连接。请调大前者或调小后者。");
        }
    }
}
