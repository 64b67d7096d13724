package cn.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.testing.PostgresWebTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresWebTest
class PlannerCostsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyConnectionOfThePoolTellsThePlannerItsPagesAreCheapToReadAtRandom() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            // more than the pool keeps idle, so new connections are opened too
            for (int i = 0; i < 8; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                try (ResultSet result = connection.createStatement().executeQuery("show random_page_cost")) {
                    assertThat(result.next()).isTrue();
                    assertThat(result.getString(1)).as("connection %d", i).isEqualTo("1.1");
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void aCostOutsideWhatPostgresqlTakesIsRefusedInChineseAndZeroLeavesTheServersSetting() {
        assertThat(new PlannerProperties(1.1).connectionInitSql()).isEqualTo("set random_page_cost = 1.1");
        assertThat(new PlannerProperties(0).connectionInitSql()).isNull();
        assertThatThrownBy(() -> new PlannerProperties(0.01)).hasMessageContaining("duban.database.random-page-cost 必须在 0.1 到 100 之间");
        assertThatThrownBy(() -> new PlannerProperties(500)).hasMessageContaining("当前为 500.0");
    }
}
