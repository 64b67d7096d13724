package cn.duban.commitment;

import static cn.duban.commitment.LifecycleDriver.FIRMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.dispatch.ProgressReports;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.PostgresTest;
import java.nio.file.Path;
import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A commitment followed through a whole year of monthly reports and quarterly milestone checks. */
@PostgresTest
class CommitmentYearTest {

    private static final String MILESTONES_DONE = "Event_MilestonesDone";

    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressReports reports;

    @TempDir
    Path folder;

    LifecycleDriver driver;

    @BeforeEach
    void importFixtureLedgerInJanuary2024() {
        driver = new LifecycleDriver(engine, importer, jdbc, folder);
    }

    @AfterEach
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @Test
    void fourthQuarterCheckEndsTheMilestoneLoopWhileMonthlyReportingGoesOnUntilTheDeadline() {
        driver.approvePlan(FIRMS);
        reportMonths(2, 2, 3);
        driver.fire(FIRMS, CommitmentProcess.EVENT_QUARTER_ENDS);
        reportMonths(5, 6, 7);
        driver.fire(FIRMS, CommitmentProcess.EVENT_QUARTER_ENDS);
        reportMonths(9, 10, 11);
        driver.fire(FIRMS, CommitmentProcess.EVENT_QUARTER_ENDS);
        reportMonths(13, 14);
        driver.reportValue(FIRMS, 14, Vars.DELAY_REASON, "一家拟入规企业年报尚在统计局审核");

        assertThat(driver.instance(FIRMS)).hasNotPassed(MILESTONES_DONE)
                .isWaitingAt(CommitmentProcess.EVENT_QUARTER_ENDS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        assertThat(driver.job(FIRMS, CommitmentProcess.EVENT_QUARTER_ENDS).getDuedate())
                .isEqualTo(Timestamp.valueOf("2025-01-05 20:00:00"));

        driver.fire(FIRMS, CommitmentProcess.EVENT_QUARTER_ENDS);

        assertThat(driver.instance(FIRMS)).hasPassed(CommitmentProcess.EVENT_MILESTONE_MISSED, MILESTONES_DONE)
                .isWaitingAt(CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        assertThat(jdbc.queryForList("select quarter from milestone_check where commitment_id = ? order by quarter",
                Integer.class, FIRMS)).containsExactly(1, 2, 3, 4);
        assertThat(jdbc.queryForList("select reached from milestone_check where commitment_id = ? order by quarter",
                Boolean.class, FIRMS)).containsExactly(true, true, true, false);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.instanceId(FIRMS))
                .activityId(CommitmentProcess.EVENT_QUARTER_ENDS).count()).isZero();
        assertThat(driver.job(FIRMS, CommitmentProcess.EVENT_DEADLINE_PASSED).getDuedate())
                .isEqualTo(Timestamp.valueOf("2025-01-10 18:00:00"));
        assertThat(reports.ratingHistory(FIRMS)).doesNotContain("red").endsWith("yellow");
    }

    /** Opens the next monthly report periods one after another and files each with its cumulative value, on time. */
    private void reportMonths(double... cumulativeValues) {
        for (double value : cumulativeValues) {
            driver.reportValue(FIRMS, value);
        }
    }
}
