package cn.duban.commitment;

import static cn.duban.commitment.LifecycleDriver.FIRMS;
import static cn.duban.commitment.LifecycleDriver.SPORTS_PARK;
import static cn.duban.commitment.LifecycleDriver.TAX_GROWTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.dispatch.ProgressReports;
import cn.duban.escalation.SupervisionNotices;
import cn.duban.evidence.EvidenceService;
import cn.duban.ledger.LedgerImporter;
import cn.duban.plan.Baseline;
import cn.duban.plan.Baselines;
import cn.duban.testing.PostgresTest;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class CommitmentLifecycleTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressReports reports;
    @Autowired
    Baselines baselines;
    @Autowired
    SupervisionNotices notices;
    @Autowired
    EvidenceService evidence;

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
    void returnedPlanGoesBackToTheBureauWithTheCommentAndIsResubmitted() {
        driver.submitPlan(FIRMS);
        driver.complete(FIRMS, CommitmentProcess.TASK_REVIEW_PLAN, Vars.PLAN_DECISION, "return",
                Vars.PLAN_REVIEW_COMMENT, "季度计划过于平均，请结合项目储备细化");

        assertThat(driver.instance(FIRMS)).isWaitingAt(CommitmentProcess.TASK_WRITE_PLAN)
                .variables().containsEntry(Vars.PLAN_REVIEW_COMMENT, "季度计划过于平均，请结合项目储备细化");
        assertThat(engine.getTaskService().getProcessInstanceComments(driver.instanceId(FIRMS)))
                .extracting(Comment::getFullMessage).containsExactly("退回实施方案：季度计划过于平均，请结合项目储备细化");

        driver.approvePlan(FIRMS);

        assertThat(driver.instance(FIRMS)).isWaitingAt(CommitmentProcess.EVENT_REPORT_PERIOD_OPENS, CommitmentProcess.EVENT_QUARTER_ENDS);
        assertThat(baselines.all(FIRMS)).singleElement().satisfies(baseline -> assertThat(baseline.values())
                .extracting(value -> value.stripTrailingZeros().toPlainString()).containsExactly("3", "7", "11", "15"));
    }

    @Test
    void tasksWithoutADueDateInTheModelAreDueInFiveDaysWithAFollowUpTheDayBefore() {
        var plan = driver.task(FIRMS, CommitmentProcess.TASK_WRITE_PLAN);

        assertThat(plan.getName()).isEqualTo("制定实施方案 · 2024-02-01 新增规上工业企业15家");
        assertThat(plan.getDueDate()).isEqualTo(java.sql.Timestamp.valueOf("2024-01-20 18:00:00"));
        assertThat(plan.getFollowUpDate()).isEqualTo(java.sql.Timestamp.valueOf("2024-01-19 18:00:00"));
    }

    @Test
    void returningAPlanWithoutACommentIsRefused() {
        driver.submitPlan(FIRMS);

        assertThatThrownBy(() -> driver.complete(FIRMS, CommitmentProcess.TASK_REVIEW_PLAN, Vars.PLAN_DECISION, "return"))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「审核意见」(planReviewComment)");
    }

    @Test
    void monthlyReportOpensOnTheFirstIsDueOnTheFifthAndOnTrackIsGreen() {
        driver.approvePlan(FIRMS);
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);

        var task = driver.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS);
        assertThat(task.getName()).isEqualTo("进度月报（2024-01） · 2024-02-01 新增规上工业企业15家");
        assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
                .as("what the form shows before submitting: its title and the period's 序时进度 from the baseline")
                .containsEntry(FormView.REPORT_TITLE, "进度月报（2024-01）")
                .containsEntry(FormView.PLANNED_TEXT, "1.02家")
                .containsEntry(FormView.TARGET_TEXT, "15家");
        assertThat(task.getDueDate()).isEqualTo(java.sql.Timestamp.valueOf("2024-02-05 18:00:00"));
        assertThat(task.getFollowUpDate()).as("follow-up is the reminder").isEqualTo(java.sql.Timestamp.valueOf("2024-02-04 18:00:00"));
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("gongxin");

        driver.at("2024-02-03T10:00");
        driver.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 2);

        assertThat(driver.variable(FIRMS, Vars.RATING)).isEqualTo("green");
        assertThat(driver.variable(FIRMS, Vars.DAYS_OVERDUE)).isEqualTo(0);
        assertThat(driver.instance(FIRMS)).isWaitingAt(CommitmentProcess.EVENT_REPORT_PERIOD_OPENS, CommitmentProcess.EVENT_QUARTER_ENDS);
        assertThat(jdbc.queryForMap("select period, cumulative_value, on_time from progress_report where commitment_id = ?", FIRMS))
                .containsEntry("period", "2024-01").containsEntry("on_time", true);
        assertThat((String) driver.variable(FIRMS, Vars.LAST_REPORT_SUMMARY)).startsWith("2024-01 累计完成 2家（序时进度 1.02家，完成目标 13.33%），按时报送");
    }

    @Test
    void laggingCommitmentGoesYellowThenRedThenTaskForceDrivesItWeeklyUntilGreenThenMonthlyAgain() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 0.9, Vars.DELAY_REASON, "春节前企业申报放缓");
        assertThat(driver.variable(FIRMS, Vars.RATING)).isEqualTo("yellow");
        assertThat(driver.variable(FIRMS, Vars.RATING_LABEL)).isEqualTo("黄灯");

        driver.reportValue(FIRMS, 1, Vars.DELAY_REASON, "两家企业产值未达标");

        assertThat(driver.variable(FIRMS, Vars.RATING)).isEqualTo("red");
        assertThat(driver.variable(FIRMS, Vars.RATING_LABEL)).isEqualTo("红灯");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals(Vars.RATING_LABEL, "红灯").list())
                .as("Cockpit's search by variable, in Chinese").extracting(pi -> pi.getBusinessKey()).containsExactly(FIRMS);
        assertThat(driver.instance(FIRMS)).hasPassed(CommitmentProcess.EVENT_PROGRESS_ESCALATED)
                .isWaitingAt(CommitmentProcess.TASK_ISSUE_NOTICE, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        driver.complete(FIRMS, CommitmentProcess.TASK_ISSUE_NOTICE,
                Vars.NOTICE_REQUIREMENTS, "一周内制定整改方案，每周报送进度", Vars.NOTICE_DUE_DATE, "2024-03-20");
        assertThat(engine.getTaskService().getIdentityLinksForTask(driver.task(FIRMS, CommitmentProcess.TASK_CORRECTIVE_PLAN).getId()))
                .extracting(IdentityLink::getGroupId).containsExactlyInAnyOrder("ldgongye", "gongxin");
        driver.complete(FIRMS, CommitmentProcess.TASK_CORRECTIVE_PLAN,
                Vars.TASK_FORCE_LEAD_NAME, "分管副区长", Vars.CORRECTIVE_PLAN, "专班逐户走访拟入规企业，协调解决用电和用地问题");

        assertThat(driver.variable(FIRMS, Vars.DISPATCH_MODE)).isEqualTo("weekly");
        assertThat(driver.job(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS).getDuedate())
                .isEqualTo(java.sql.Timestamp.valueOf("2024-03-04 08:00:00"));
        assertThat(notices.count(FIRMS)).isOne();

        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        assertThat(driver.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS).getName()).startsWith("进度周报（2024-W09）");
        driver.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 2.5);

        assertThat(driver.variable(FIRMS, Vars.RATING)).isEqualTo("green");
        assertThat(driver.variable(FIRMS, Vars.RATING_LABEL)).isEqualTo("绿灯");
        assertThat(driver.variable(FIRMS, Vars.DISPATCH_MODE)).isEqualTo("monthly");
        assertThat(reports.ratingHistory(FIRMS)).containsExactly("yellow", "red", "green");
        assertThat(driver.job(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS).getDuedate())
                .isEqualTo(java.sql.Timestamp.valueOf("2024-04-01 08:00:00"));
    }

    @Test
    void yellowTwiceInARowEscalatesToo() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 0.9, Vars.DELAY_REASON, "春节前企业申报放缓");
        driver.reportValue(FIRMS, 1.7, Vars.DELAY_REASON, "个别企业推迟入规");

        assertThat(reports.ratingHistory(FIRMS)).containsExactly("yellow", "yellow");
        assertThat(driver.instance(FIRMS)).isWaitingAt(CommitmentProcess.TASK_ISSUE_NOTICE, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        assertThat(driver.variable(FIRMS, Vars.ESCALATION_CAUSE).toString()).startsWith("连续两期黄灯");
    }

    @Test
    void reportBehindTrajectoryWithoutADelayReasonIsRefused() {
        driver.approvePlan(FIRMS);
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);

        assertThatThrownBy(() -> driver.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 0.5))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「滞后原因」(delayReason)");
        assertThat(driver.instance(FIRMS)).isWaitingAt(CommitmentProcess.TASK_FILE_PROGRESS, CommitmentProcess.EVENT_QUARTER_ENDS);
    }

    @Test
    void reportLowerThanLastTimeNeedsACorrectionReasonAndFarAboveTargetNeedsConfirmation() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 2);
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);

        assertThatThrownBy(() -> driver.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 1.5, Vars.DELAY_REASON, "统计口径调整"))
                .hasMessageContaining("「下调原因」(correctionReason)");
        assertThatThrownBy(() -> driver.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 150))
                .hasMessageContaining("「确认累计值明显超出年度目标」(confirmAboveTarget)");
        assertThatThrownBy(() -> driver.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, -1))
                .hasMessageContaining("「累计完成值」(cumulativeValue)");

        driver.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 1.5, Vars.DELAY_REASON, "统计口径调整",
                Vars.CORRECTION_REASON, "剔除一家重复统计企业");
        assertThat(reports.ratingHistory(FIRMS)).hasSize(2);
    }

    @Test
    void overdueReportIsRemindedThenEscalatedToTheSupervisionOffice() {
        driver.approvePlan(FIRMS);
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);

        driver.fire(FIRMS, CommitmentProcess.EVENT_REMINDER_DUE);
        var task = driver.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS);
        assertThat(task.getPriority()).isEqualTo(80);
        assertThat(engine.getTaskService().getTaskComments(task.getId())).extracting(Comment::getFullMessage)
                .containsExactly("催办：2024-01 进度请于 2024-02-05 18:00 前报送");

        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_OVERDUE);

        assertThat(driver.instance(FIRMS)).hasPassed(CommitmentProcess.EVENT_OVERDUE_ESCALATED)
                .isWaitingAt(CommitmentProcess.TASK_FILE_PROGRESS, CommitmentProcess.TASK_ISSUE_NOTICE);
        driver.complete(FIRMS, CommitmentProcess.TASK_ISSUE_NOTICE,
                Vars.NOTICE_REQUIREMENTS, "立即补报一月进度", Vars.NOTICE_DUE_DATE, "2024-02-20");
        assertThat(jdbc.queryForObject("select cause from supervision_notice where commitment_id = ?", String.class, FIRMS))
                .isEqualTo("进度报送逾期");

        driver.at("2024-02-16T09:00");
        driver.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 2);
        assertThat(driver.variable(FIRMS, Vars.DAYS_OVERDUE)).isEqualTo(11);
        assertThat(driver.variable(FIRMS, Vars.RATING)).isEqualTo("red");
    }

    @Test
    void approvedExtensionBecomesANewBaselineAndMovesTheDeadline() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 2, Vars.REQUEST_CHANGE, true, Vars.CHANGE_NEW_DEADLINE, "2025-03-31",
                Vars.CHANGE_NEW_TARGET, 18, Vars.CHANGE_REASON, "新增3家拟入规企业，一季度完成统计确认");

        assertThat(driver.instance(FIRMS)).isWaitingAt(CommitmentProcess.TASK_REVIEW_CHANGE,
                CommitmentProcess.EVENT_REPORT_PERIOD_OPENS, CommitmentProcess.EVENT_QUARTER_ENDS);
        driver.complete(FIRMS, CommitmentProcess.TASK_REVIEW_CHANGE, Vars.CHANGE_REVIEW_DECISION, "approve",
                Vars.CHANGE_REVIEW_COMMENT, "理由充分，同意报批");
        assertThat(engine.getTaskService().getIdentityLinksForTask(driver.task(FIRMS, CommitmentProcess.TASK_APPROVE_CHANGE).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("ldgongye");
        driver.complete(FIRMS, CommitmentProcess.TASK_APPROVE_CHANGE, Vars.CHANGE_DECISION, "approve");

        assertThat(baselines.all(FIRMS)).extracting(Baseline::version, Baseline::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2024, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2025, 3, 31)));
        assertThat(baselines.current(FIRMS).orElseThrow().values().get(3)).isEqualByComparingTo("18");
        assertThat(driver.job(FIRMS, CommitmentProcess.EVENT_DEADLINE_PASSED).getDuedate())
                .isEqualTo(java.sql.Timestamp.valueOf("2025-04-10 18:00:00"));
        assertThat(driver.variable(FIRMS, Vars.TARGET_TEXT)).isEqualTo("达到18家（第2版基线）");
    }

    @Test
    void refusedExtensionKeepsTheBaseline() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 2, Vars.REQUEST_CHANGE, true, Vars.CHANGE_NEW_DEADLINE, "2025-03-31",
                Vars.CHANGE_REASON, "企业入规周期较长");
        driver.complete(FIRMS, CommitmentProcess.TASK_REVIEW_CHANGE, Vars.CHANGE_REVIEW_DECISION, "refuse",
                Vars.CHANGE_REVIEW_COMMENT, "年度目标不宜延期");

        assertThat(driver.instance(FIRMS)).hasPassed("Event_ChangeRefused")
                .isWaitingAt(CommitmentProcess.EVENT_REPORT_PERIOD_OPENS, CommitmentProcess.EVENT_QUARTER_ENDS);
        assertThat(baselines.all(FIRMS)).hasSize(1);
    }

    @Test
    void leaderCanRefuseAChangeTheSupervisionOfficeSupported() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 2, Vars.REQUEST_CHANGE, true, Vars.CHANGE_NEW_TARGET, 12, Vars.CHANGE_REASON, "市场需求下降");
        driver.complete(FIRMS, CommitmentProcess.TASK_REVIEW_CHANGE, Vars.CHANGE_REVIEW_DECISION, "approve",
                Vars.CHANGE_REVIEW_COMMENT, "请领导定夺");
        driver.complete(FIRMS, CommitmentProcess.TASK_APPROVE_CHANGE, Vars.CHANGE_DECISION, "refuse",
                Vars.CHANGE_APPROVAL_COMMENT, "目标不变");

        assertThat(driver.instance(FIRMS)).hasPassed("Event_ChangeRefused");
        assertThat(baselines.all(FIRMS)).hasSize(1);
    }

    @Test
    void targetReachedLeadsToClosureWhichTheSupervisionOfficeReturnsThenApproves() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 15);

        assertThat(driver.instance(FIRMS)).hasPassed("Event_TargetReached").isWaitingAt(CommitmentProcess.TASK_APPLY_CLOSURE);
        driver.attachEvidence(evidence, FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE, "gongxin-li", "gongxin");
        driver.claimAndComplete(FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE, "gongxin-li",
                Vars.CLOSURE_SUMMARY, "15家企业已全部纳入规上统计", Vars.CLOSURE_EVIDENCE, "统计局入规名单（2024年1月）");
        driver.claimAndComplete(FIRMS, CommitmentProcess.TASK_VERIFY_CLOSURE, "duchashi-wang",
                Vars.CLOSURE_DECISION, "return", Vars.CLOSURE_COMMENT, "缺少统计局盖章名单");

        assertThat(driver.instance(FIRMS)).hasPassed(CommitmentProcess.TASK_VERIFY_CLOSURE)
                .isWaitingAt(CommitmentProcess.EVENT_REPORT_PERIOD_OPENS, CommitmentProcess.EVENT_QUARTER_ENDS);

        driver.reportValue(FIRMS, 15);
        driver.attachEvidence(evidence, FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE, "gongxin-li", "gongxin");
        driver.claimAndComplete(FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE, "gongxin-li",
                Vars.CLOSURE_SUMMARY, "15家企业已全部纳入规上统计", Vars.CLOSURE_EVIDENCE, "统计局盖章入规名单");
        driver.claimAndComplete(FIRMS, CommitmentProcess.TASK_VERIFY_CLOSURE, "duchashi-wang", Vars.CLOSURE_DECISION, "approve");

        assertThat(driver.instance(FIRMS)).isNull();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(FIRMS)
                .singleResult().getEndActivityId()).isEqualTo(CommitmentProcess.EVENT_CLOSED);
        assertThat(driver.variable(FIRMS, Vars.CLOSURE_VERIFIER)).isEqualTo("duchashi-wang");
    }

    @Test
    void applicantCannotVerifyTheirOwnClosure() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 15);
        driver.attachEvidence(evidence, FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE, "gongxin-li", "gongxin");
        driver.claimAndComplete(FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE, "gongxin-li",
                Vars.CLOSURE_SUMMARY, "15家企业已全部纳入规上统计", Vars.CLOSURE_EVIDENCE, "统计局入规名单");
        String verification = driver.task(FIRMS, CommitmentProcess.TASK_VERIFY_CLOSURE).getId();

        assertThatThrownBy(() -> engine.getTaskService().claim(verification, "gongxin-li"))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("四眼原则");
        assertThatThrownBy(() -> engine.getTaskService().setAssignee(verification, "gongxin-li"))
                .hasMessageContaining("四眼原则");

        assertThat(engine.getTaskService().createTaskQuery().taskId(verification).singleResult().getAssignee()).isNull();
    }

    @Test
    void closureWithoutEvidenceIsRefused() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 15);

        assertThatThrownBy(() -> driver.claimAndComplete(FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE, "gongxin-li",
                Vars.CLOSURE_SUMMARY, "15家企业已全部纳入规上统计"))
                .hasMessageContaining("「佐证材料说明」(closureEvidence)")
                .hasMessageContaining("「佐证材料文件」(evidenceFiles)");
    }

    @Test
    void unfinishedCommitmentEndsOverdueWithTheBureausExplanationAfterTheDeadline() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 2);

        driver.fire(FIRMS, CommitmentProcess.EVENT_DEADLINE_PASSED);

        assertThat(driver.instance(FIRMS)).isWaitingAt(CommitmentProcess.TASK_EXPLAIN_OVERDUE);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.instanceId(FIRMS)).count()).isZero();
        driver.complete(FIRMS, CommitmentProcess.TASK_EXPLAIN_OVERDUE,
                Vars.OVERDUE_EXPLANATION, "受市场影响两家企业未达入规标准，转入2025年继续培育");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(FIRMS)
                .singleResult().getEndActivityId()).isEqualTo(CommitmentProcess.EVENT_OVERDUE_UNFINISHED);
    }

    @Test
    void quarterEndMilestoneIsRecordedReachedOrMissed() {
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 1.2);
        driver.reportValue(FIRMS, 2.5);
        driver.reportValue(FIRMS, 3);
        driver.fire(FIRMS, CommitmentProcess.EVENT_QUARTER_ENDS);
        assertThat(driver.instance(FIRMS)).hasPassed(CommitmentProcess.EVENT_MILESTONE_REACHED)
                .isWaitingAt(CommitmentProcess.EVENT_QUARTER_ENDS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);

        driver.reportValue(FIRMS, 4, Vars.DELAY_REASON, "二季度新增企业尚在培育");
        driver.reportValue(FIRMS, 5, Vars.DELAY_REASON, "二季度新增企业尚在培育");
        driver.reportValue(FIRMS, 6, Vars.DELAY_REASON, "二季度新增企业尚在培育");
        driver.fire(FIRMS, CommitmentProcess.EVENT_QUARTER_ENDS);

        assertThat(driver.instance(FIRMS)).hasPassed(CommitmentProcess.EVENT_MILESTONE_MISSED);
        assertThat(jdbc.queryForList("select reached from milestone_check where commitment_id = ? order by quarter", Boolean.class, FIRMS))
                .containsExactly(true, false);
    }

    @Test
    void projectCommitmentRunsOnStatusesFromPlanToClosure() {
        driver.approvePlan(SPORTS_PARK);
        driver.reportStatus(SPORTS_PARK, "推进中");
        assertThat(driver.variable(SPORTS_PARK, Vars.RATING)).isEqualTo("green");

        driver.reportStatus(SPORTS_PARK, "已完成");

        assertThat(driver.instance(SPORTS_PARK)).isWaitingAt(CommitmentProcess.TASK_APPLY_CLOSURE);
        driver.attachEvidence(evidence, SPORTS_PARK, CommitmentProcess.TASK_APPLY_CLOSURE, "wenlv-zhao", "wenlv");
        driver.claimAndComplete(SPORTS_PARK, CommitmentProcess.TASK_APPLY_CLOSURE, "wenlv-zhao",
                Vars.CLOSURE_SUMMARY, "体育公园一期已开工建设，施工许可已办理", Vars.CLOSURE_EVIDENCE, "施工许可证");
        driver.claimAndComplete(SPORTS_PARK, CommitmentProcess.TASK_VERIFY_CLOSURE, "duchashi-wang", Vars.CLOSURE_DECISION, "approve");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(SPORTS_PARK)
                .singleResult().getEndActivityId()).isEqualTo(CommitmentProcess.EVENT_CLOSED);
    }

    @Test
    void growthRateIsOnlyReachedWithTheReportOfTheDeadlinesPeriod() {
        driver.approvePlan(TAX_GROWTH);
        driver.reportValue(TAX_GROWTH, 13);

        assertThat(driver.variable(TAX_GROWTH, Vars.TARGET_REACHED)).isEqualTo(false);
        assertThat(driver.variable(TAX_GROWTH, Vars.RATING)).isEqualTo("green");
        for (int month = 2; month <= 11; month++) {
            driver.reportValue(TAX_GROWTH, 13);
        }
        assertThat(lastReportedPeriod(TAX_GROWTH)).isEqualTo("2024-11");
        assertThat(driver.instance(TAX_GROWTH)).isWaitingAt(CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);

        driver.reportValue(TAX_GROWTH, 12.5);

        assertThat(lastReportedPeriod(TAX_GROWTH)).isEqualTo("2024-12");
        assertThat(driver.instance(TAX_GROWTH)).isWaitingAt(CommitmentProcess.TASK_APPLY_CLOSURE);
    }

    private String lastReportedPeriod(String commitmentId) {
        return jdbc.queryForObject("select max(period) from progress_report where commitment_id = ?", String.class, commitmentId);
    }
}
