package cn.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ConnectionBudgetTest {

    @Test
    void everyExecutorThreadMayHoldTwoConnectionsBesidesTheAcquisitionAndTheWeb() {
        assertThat(ConnectionBudget.required(10)).isEqualTo(22);
        assertThatCode(() -> ConnectionBudget.check(22, 10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ConnectionBudget.check(10, 10))
                .hasMessageContaining("maximum-pool-size 为 10")
                .hasMessageContaining("至少需要 22 个连接");
    }

    @Test
    void aPoolOfHikarisDefaultTenStopsTheStartWithCamundasDefaultTenThreads() {
        CamundaBpmProperties camunda = new CamundaBpmProperties();
        MockEnvironment environment = new MockEnvironment();
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setMaximumPoolSize(10);
            assertThat(camunda.getJobExecution().getMaxPoolSize()).isEqualTo(10);
            assertThatThrownBy(() -> new ConnectionBudget(pool, camunda, environment)).hasMessageContaining("数据库连接池过小");
            pool.setMaximumPoolSize(24);
            assertThatCode(() -> new ConnectionBudget(pool, camunda, environment)).doesNotThrowAnyException();
            environment.setProperty("camunda.bpm.job-execution.enabled", "false");
            pool.setMaximumPoolSize(10);
            assertThatCode(() -> new ConnectionBudget(pool, camunda, environment)).doesNotThrowAnyException();
        }
    }
}
