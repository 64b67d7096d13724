package cn.duban.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.scorecard.Scorecard;
import cn.duban.scorecard.ScorecardRow;
import cn.duban.scorecard.ScorecardStore;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresTest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo year as {@code simulate} plays it (12 January to 20 November 2024), run once: what it shows, then whether
 * its nine published monthly 晾晒成绩单 tell the bureaus apart.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulationTest {

    static final List<String> MONTHS = List.of("2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07",
            "2024-08", "2024-09", "2024-10");

    @Autowired
    Simulation simulation;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScorecardStore scorecards;

    @Test
    @Order(1)
    void theDemoYearShowsEveryColourATaskForceAndAPublishedScorecardEachMonth() {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);

        String summary = simulation.run(LocalDateTime.of(2024, 1, 12, 9, 0), LocalDateTime.of(2024, 11, 20, 9, 0));

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
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CommitmentProcess.KEY)
                .count()).isEqualTo(jdbc.queryForObject("select count(*) from commitment", Long.class));
        // the monthly calendar ran in simulated time: February to October published, each ranked against the month before;
        // January, with nothing due yet, was discarded at the review gate
        assertThat(jdbc.queryForList("select period from scorecard where status = 'PUBLISHED' order by period", String.class))
                .containsExactlyElementsOf(MONTHS);
        assertThat(jdbc.queryForObject("select count(*) from scorecard_row r join scorecard s on s.id = r.scorecard_id "
                + "where s.period > '2024-02' and r.previous_ranking is null", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select period from scorecard where status = 'DISCARDED'", String.class))
                .containsExactly("2024-01");
        assertThat(jdbc.queryForObject("select count(*) from scorecard_explanation", Integer.class)).isPositive();
        assertThat(summary).contains("晾晒成绩单 9 期");
    }

    /**
     * 互比互看 needs ranks that differ: in no published month is a rank shared by more than a quarter of the bureaus.
     * (January, before the first report is due, measured nothing and was not published: see the review gate.)
     */
    @Test
    @Order(2)
    void noPublishedMonthHasARankSharedByMoreThanAQuarterOfTheBureaus() {
        assertThat(scorecards.published()).isNotEmpty();
        for (Scorecard scorecard : scorecards.published()) {
            List<ScorecardRow> rows = scorecards.rows(scorecard.id());
            assertThat(rows).as("%s measured something", scorecard.period())
                    .anyMatch(row -> row.figures().reportsDue() > 0 || row.figures().rated() > 0);
            Map<Integer, Long> sharing = rows.stream()
                    .collect(Collectors.groupingBy(ScorecardRow::ranking, Collectors.counting()));
            assertThat(sharing.values().stream().mapToLong(Long::longValue).max().orElseThrow())
                    .as("%s: most of its %d bureaus sharing one rank (rank → bureaus: %s)", scorecard.period(), rows.size(),
                            sharing)
                    .isLessThanOrEqualTo(rows.size() / 4);
        }
    }

    @Test
    @Order(3)
    void simulationRefusesADatabaseThatAlreadyHoldsCommitments() {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        simulation.run(LocalDateTime.of(2024, 1, 12, 9, 0), LocalDateTime.of(2024, 1, 13, 9, 0));

        assertThatThrownBy(() -> simulation.run(LocalDateTime.of(2024, 1, 12, 9, 0), LocalDateTime.of(2024, 1, 13, 9, 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("空数据库");
    }
}
