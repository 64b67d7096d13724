package cn.duban.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresTest;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class SimulationTest {

    @Autowired
    Simulation simulation;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
    }

    @Test
    void firstFourMonthsOfTheDemoYearShowEveryColourAndATaskForce() {
        String summary = simulation.run(LocalDateTime.of(2024, 1, 12, 9, 0), LocalDateTime.of(2024, 4, 20, 9, 0));

        assertThat(summary).startsWith("模拟完成");
        assertThat(jdbc.queryForList("select distinct period from progress_report order by period", String.class))
                .contains("2024-01", "2024-02", "2024-03");
        assertThat(jdbc.queryForList("select distinct rating from rating_record", String.class))
                .contains("green", "yellow", "red");
        assertThat(jdbc.queryForObject("select count(*) from progress_report where not on_time", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from supervision_notice where corrective_plan is not null", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from progress_report where dispatch_mode = 'weekly'", Integer.class))
                .isPositive();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CommitmentProcess.KEY).count())
                .isEqualTo(jdbc.queryForObject("select count(*) from commitment", Long.class));
        // the monthly calendar ran in simulated time: January to March published, each ranked against the month before
        assertThat(jdbc.queryForList("select period from scorecard where status = 'PUBLISHED' order by period", String.class))
                .containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(jdbc.queryForObject("select count(*) from scorecard_row r join scorecard s on s.id = r.scorecard_id "
                + "where s.period = '2024-03' and r.previous_ranking is null", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from scorecard_explanation", Integer.class)).isPositive();
        assertThat(summary).contains("晾晒成绩单 3 期");
    }

    @Test
    void simulationRefusesADatabaseThatAlreadyHoldsCommitments() {
        simulation.run(LocalDateTime.of(2024, 1, 12, 9, 0), LocalDateTime.of(2024, 1, 13, 9, 0));

        assertThatThrownBy(() -> simulation.run(LocalDateTime.of(2024, 1, 12, 9, 0), LocalDateTime.of(2024, 1, 13, 9, 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("空数据库");
    }
}
