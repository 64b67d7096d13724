package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.DubanApplication;
import cn.duban.testing.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ProductionProfileTest {

    @Test
    void postgresProfileRefusesToStartWithoutAnAdministratorPasswordFromTheEnvironment() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(DubanApplication.class)
                .profiles("postgres");
        String[] args = {
                "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl(null),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--server.port=0",
                "--camunda.bpm.process-engine-name=production",
                "--duban.ledger.import-on-startup=false"};

        assertThatThrownBy(() -> production.run(args).close())
                .hasStackTraceContaining("DUBAN_ADMIN_PASSWORD");
    }
}
