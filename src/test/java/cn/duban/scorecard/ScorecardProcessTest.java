package cn.duban.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.ledger.LedgerImporter;
import cn.duban.scorecard.ScorecardProcess.Vars;
import cn.duban.testing.PostgresTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A constructed February 2024 on the fixture ledger (one commitment per bureau), scored by hand with the shipped
 * config/scorecard.yaml (weights 0.3 / 0.3 / 0.4, trajectory ceiling 2; per commitment −20 for a 督办单 and −10 for a
 * 专班; per report due −20 when missing and −1 per day late). The January reports were due on 5 February, 18:00:
 * <pre>
 * 工信局 gongxin  on time, 3 firms against 1.0220 planned for 31 January → green, trajectory 2.9354, capped at 2
 *                                                  100×(0.3·1 + 0.3·2 + 0.4·1)                    = 130.00
 * 商务局 shangwu  filed 8 February 10:00, 64 hours = 3 days late, growth as planned → yellow, trajectory 1
 *                                                  100×(0.3·0 + 0.3·1 + 0.4·0.5) − 3               =  47.00
 * 文旅局 wenlv    not filed by 1 March 00:00 (582 hours = 25 days late then), nothing rated
 *                                                  100×(0.3·0 + 0.3·1 + 0.4·1) − 20 − 25           =  25.00
 * 农业农村委 nongye on time, value 0 → red, trajectory 0; a 督办单 and a 专班 in February
 *                                                  100×(0.3·1 + 0.3·0 + 0.4·0) − 20 − 10           =   0.00
 * </pre>
 * January (no report due yet, nothing rated) scores everyone 100, so everyone was 1st: February's rank changes are
 * 0, −1, −2, −3. With the bottom three to explain, all but 工信局 get a 说明情况 task.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScorecardProcessTest {

    static final String NOTICE_ON_NONGYE = """
            insert into supervision_notice (commitment_id, cause, requirements, due_date, issued_by, issued_at,
                task_force_lead, corrective_plan, plan_filed_by, plan_filed_at)
            values ('2024-02-02', '进度严重滞后', '一周内制定整改方案', date '2024-03-01', 'duchashi01', timestamp '2024-02-16 10:00:00',
                '分管区领导', '成立专班，倒排工期', 'nongye01', timestamp '2024-02-20 10:00:00')""";

    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScorecardStore store;
    @Autowired
    CommitmentDrillDown drillDown;

    LifecycleDriver driver;
    long january;
    long february;

    @TempDir
    Path folder;

    /** Not in a {@code @BeforeAll}: the coverage recorder follows the engine only while a test runs. */
    private void fixtureLedgerWithApprovedPlans() {
        driver = new LifecycleDriver(engine, importer, jdbc, folder);
        for (String commitment : List.of(LifecycleDriver.FIRMS, "2024-02-02", LifecycleDriver.TAX_GROWTH, LifecycleDriver.SPORTS_PARK)) {
            driver.approvePlan(commitment);
        }
    }

    @AfterAll
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @Test
    @Order(1)
    void januaryMeasuredNothingSoItIsDiscardedNotPublished() {
        fixtureLedgerWithApprovedPlans();
        driver.at("2024-02-06T10:00");
        ProcessInstance run = startOnDemand("2024-01");
        january = scorecardId(run);
        assertThat(store.rows(january)).extracting(ScorecardRow::score).containsOnly(new BigDecimal("100.00"));
        assertThat(engine.getRuntimeService().getVariable(run.getId(), Vars.NOTHING_MEASURED)).isEqualTo(true);

        assertThatThrownBy(() -> review(run, "submit", "")).hasMessageContaining("无从比较排名");
        assertThat(task(run, ScorecardProcess.TASK_REVIEW)).as("the review stays open").isNotNull();
        review(run, "discard", "");

        assertThat(store.find(january).orElseThrow().status()).isEqualTo(Scorecard.Status.DISCARDED);
        assertThat(ended(run)).isEqualTo(ScorecardProcess.EVENT_DISCARDED);
        assertThat(store.published()).isEmpty();
    }

    @Test
    @Order(2)
    void theMonthlyTimerCountsFebruaryInTheDatabase() {
        driver.fire(LifecycleDriver.FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        driver.fileOpenReport(LifecycleDriver.FIRMS, CommitmentProcess.Vars.CUMULATIVE_VALUE, 3.0);
        driver.fire("2024-02-02", CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        driver.fileOpenReport("2024-02-02", CommitmentProcess.Vars.CUMULATIVE_VALUE, 0.0,
                CommitmentProcess.Vars.DELAY_REASON, "冬季不具备施工条件");
        driver.fire(LifecycleDriver.TAX_GROWTH, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        driver.fire(LifecycleDriver.SPORTS_PARK, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        driver.at("2024-02-08T10:00");
        driver.fileOpenReport(LifecycleDriver.TAX_GROWTH, CommitmentProcess.Vars.CUMULATIVE_VALUE, 12.0,
                CommitmentProcess.Vars.DELAY_REASON, "统计数据延迟报送");
        jdbc.update(NOTICE_ON_NONGYE);

        driver.at("2024-03-06T09:00");
        Job monthly = engine.getManagementService().createJobQuery().activityId(ScorecardProcess.EVENT_MONTHLY).singleResult();
        engine.getManagementService().executeJob(monthly.getId());
        ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ScorecardProcess.KEY).active().singleResult();
        assertThat(engine.getRuntimeService().getVariable(run.getId(), Vars.PERIOD)).isEqualTo("2024-02");
        february = scorecardId(run);

        Map<String, ScorecardRow> rows = byBureau(store.rows(february));
        assertThat(rows.keySet()).containsExactlyInAnyOrder("gongxin", "nongye", "shangwu", "wenlv");
        assertFigures(rows.get("gongxin"), 1, 1, 0, 0, 1, 0, 0, 0, 0);
        assertFigures(rows.get("nongye"), 1, 1, 0, 0, 0, 0, 1, 1, 1);
        assertFigures(rows.get("shangwu"), 1, 0, 0, 3, 0, 1, 0, 0, 0);
        assertFigures(rows.get("wenlv"), 1, 0, 1, 25, 0, 0, 0, 0, 0);
        assertThat(rows.get("gongxin").figures().avgTrajectory()).isEqualByComparingTo("2");
        assertThat(rows.get("nongye").figures().avgTrajectory()).isEqualByComparingTo("0");
        assertThat(rows.get("wenlv").figures().rated()).isZero();
        assertThat(rows.get("gongxin").computedScore()).isEqualByComparingTo("130.00");
        assertThat(rows.get("shangwu").computedScore()).isEqualByComparingTo("47.00");
        assertThat(rows.get("wenlv").computedScore()).isEqualByComparingTo("25.00");
        assertThat(rows.get("nongye").computedScore()).isEqualByComparingTo("0.00");
        assertThat((String) engine.getRuntimeService().getVariable(run.getId(), Vars.DRAFT_SUMMARY))
                .contains("第1名  ").contains("（gongxin）  130.00分  [130.00分]  1/1份  0天  200.0%  1/0/0项")
                .contains("（wenlv）  25.00分  [25.00分]  0/1份  25天  —  0/0/0项");
    }

    @Test
    @Order(3)
    void reviewRefusesAdjustmentsWithoutReasonOrBeyondTheLimitNamingTheLine() {
        ProcessInstance run = running();
        assertThatThrownBy(() -> review(run, "submit", "nongye +5 好\nnobody +1 不在成绩单中的单位\nwenlv +9 超出上限的调整"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("第1行").hasMessageContaining("第2行单位代码 nobody").hasMessageContaining("第3行分值");
        assertThat(store.rows(february)).extracting(ScorecardRow::adjustment).containsOnly(new BigDecimal("0.00"));
    }

    @Test
    @Order(4)
    void anAdjustmentIsRecordedWithItsReasonAndTheLeaderMayReturnTheDraft() {
        ProcessInstance run = running();
        review(run, "submit", "nongye +5 汛期抢险任务繁重，酌情加分");
        ScorecardRow nongye = byBureau(store.rows(february)).get("nongye");
        assertThat(nongye.adjustment()).isEqualByComparingTo("5");
        assertThat(nongye.score()).isEqualByComparingTo("5.00");
        assertThat(nongye.adjustmentReason()).isEqualTo("汛期抢险任务繁重，酌情加分");

        assertThatThrownBy(() -> approve(run, "return", "")).hasMessageContaining("审批意见");
        approve(run, "return", "加分依据不足，请核实");
        assertThat(task(run, ScorecardProcess.TASK_REVIEW)).isNotNull();
        review(run, "submit", "");
        assertThat(byBureau(store.rows(february)).get("nongye").score()).isEqualByComparingTo("0.00");
        approve(run, "approve", "同意发布");
    }

    @Test
    @Order(5)
    void publishedScoresRanksAndRankChangesEqualTheHandComputedOnes() {
        Scorecard published = store.find(february).orElseThrow();
        assertThat(published.published()).isTrue();
        assertThat(published.previousId()).as("January was not published").isNull();
        List<ScorecardRow> rows = store.rows(february);
        assertThat(rows).extracting(ScorecardRow::bureauId).containsExactly("gongxin", "shangwu", "wenlv", "nongye");
        assertThat(rows).extracting(row -> row.score().toPlainString()).containsExactly("130.00", "47.00", "25.00", "0.00");
        assertThat(rows).extracting(ScorecardRow::ranking).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(ScorecardRow::rankChange).containsOnlyNulls();
        assertThat(published.contentHash()).isEqualTo(ScorecardHash.of(published, rows)).hasSize(64);
    }

    @Test
    @Order(6)
    void theDrillDownWritesValuesWithTheirUnitsAndTheTrajectoryAsAPercentage() {
        var period = ScorecardPeriod.parse("2024-02").orElseThrow();
        CommitmentDrillDown.Line firms = drillDown.of("gongxin", period).get(0);
        assertThat(firms.commitmentId()).isEqualTo(LifecycleDriver.FIRMS);
        assertThat(firms.target()).isEqualTo("15家");
        assertThat(firms.cumulative()).isEqualTo("3家");
        assertThat(firms.trajectory()).isEqualTo("293.5%");
        CommitmentDrillDown.Line park = drillDown.of("wenlv", period).get(0);
        assertThat(park.cumulative()).isNull();
        assertThat(park.trajectory()).isNull();
    }

    @Test
    @Order(7)
    void theBottomThreeExplainAndTheirAnswersAreAttached() {
        ProcessInstance run = running();
        List<Task> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(ScorecardProcess.EXPLANATION_KEY)
                .taskDefinitionKey(ScorecardProcess.TASK_EXPLAIN).list();
        assertThat(tasks).extracting(Task::getProcessInstanceId).doesNotHaveDuplicates();
        Map<String, Task> byGroup = tasks.stream().collect(Collectors.toMap(this::candidateGroup, Function.identity()));
        assertThat(byGroup.keySet()).containsExactlyInAnyOrder("wenlv", "shangwu", "nongye");
        assertThat(byGroup.get("nongye").getName()).isEqualTo("说明情况 · 2024年2月晾晒成绩单 · 区农业农村委");
        assertThat(engine.getTaskService().getVariableLocal(byGroup.get("nongye").getId(), Vars.EXPLAIN_RANKING)).isEqualTo(4);

        assertThatThrownBy(() -> engine.getTaskService().complete(byGroup.get("nongye").getId(),
                Map.of(Vars.EXPLANATION, "太短", Vars.MEASURES, "")))
                .hasMessageContaining("情况说明").hasMessageContaining("整改措施");
        for (Task task : tasks) {
            engine.getTaskService().complete(task.getId(), Map.of(Vars.EXPLANATION, "报送环节衔接不畅，统计口径调整导致延误",
                    Vars.MEASURES, "明确专人负责，每月3日前完成数据核对"));
        }
        assertThat(store.explanations(february)).extracting(ScorecardStore.Explanation::bureauId)
                .containsExactly("nongye", "shangwu", "wenlv");
        assertThat(ended(run)).isEqualTo(ScorecardProcess.EVENT_PUBLISHED);
    }

    @Test
    @Order(8)
    void theDatabaseRefusesAnyChangeToAPublishedScorecard() {
        Scorecard before = store.find(february).orElseThrow();
        assertThatThrownBy(() -> jdbc.update("update scorecard_row set score = 99 where scorecard_id = ? and bureau_id = 'nongye'", february))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("已发布");
        assertThatThrownBy(() -> jdbc.update("delete from scorecard_row where scorecard_id = ?", february))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("""
                insert into scorecard_row (scorecard_id, bureau_id, commitments, reports_due, reports_on_time, reports_missing,
                    overdue_days, green, yellow, red, notices, escalations, closures, computed_score, adjustment, score, ranking)
                values (?, 'donglihu', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 100, 1)""", february))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update scorecard set content_hash = 'x' where id = ?", february))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from scorecard where id = ?", february))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update scorecard_explanation set explanation = '改写' where scorecard_id = ?", february))
                .isInstanceOf(DataAccessException.class);
        assertThat(store.find(february).orElseThrow()).isEqualTo(before);
        assertThat(ScorecardHash.of(before, store.rows(february))).isEqualTo(before.contentHash());
    }

    @Test
    @Order(9)
    void onDemandRefusesAPublishedOrUnfinishedMonthAndADraftCanBeDiscarded() {
        assertThatThrownBy(() -> startOnDemand("2024-02")).hasMessageContaining("已发布");
        assertThatThrownBy(() -> startOnDemand("2024-03")).hasMessageContaining("已结束的月份");
        assertThatThrownBy(() -> startOnDemand("二月")).hasMessageContaining("YYYY-MM");

        ProcessInstance run = startOnDemand("2023-12");
        long draft = scorecardId(run);
        review(run, "discard", "");
        assertThat(store.find(draft).orElseThrow().status()).isEqualTo(Scorecard.Status.DISCARDED);
        assertThat(ended(run)).isEqualTo(ScorecardProcess.EVENT_DISCARDED);
        assertThat(store.published()).extracting(Scorecard::id).containsExactly(february);
    }

    private ProcessInstance startOnDemand(String period) {
        return engine.getRuntimeService().startProcessInstanceByKey(ScorecardProcess.KEY, Map.of(Vars.PERIOD, period));
    }

    private ProcessInstance running() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ScorecardProcess.KEY).singleResult();
    }

    private long scorecardId(ProcessInstance run) {
        return ((Number) engine.getRuntimeService().getVariable(run.getId(), Vars.SCORECARD_ID)).longValue();
    }

    private Task task(ProcessInstance run, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(key).singleResult();
    }

    private void review(ProcessInstance run, String decision, String adjustments) {
        engine.getTaskService().complete(task(run, ScorecardProcess.TASK_REVIEW).getId(), Map.of(Vars.REVIEW_DECISION, decision,
                Vars.REVIEW_COMMENT, "已核对", Vars.ADJUSTMENTS, adjustments));
    }

    private void approve(ProcessInstance run, String decision, String comment) {
        engine.getTaskService().complete(task(run, ScorecardProcess.TASK_APPROVE).getId(),
                Map.of(Vars.APPROVAL_DECISION, decision, Vars.APPROVAL_COMMENT, comment));
    }

    private String ended(ProcessInstance run) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(run.getId()).singleResult()
                .getEndActivityId();
    }

    private String candidateGroup(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(IdentityLink::getGroupId).findFirst().orElseThrow();
    }

    private static Map<String, ScorecardRow> byBureau(List<ScorecardRow> rows) {
        return rows.stream().collect(Collectors.toMap(ScorecardRow::bureauId, Function.identity()));
    }

    private static void assertFigures(ScorecardRow row, int due, int onTime, int missing, int overdueDays, int green, int yellow,
            int red, int notices, int escalations) {
        BureauFigures f = row.figures();
        assertThat(List.of(f.commitments(), f.reportsDue(), f.reportsOnTime(), f.reportsMissing(), f.overdueDays(), f.green(),
                f.yellow(), f.red(), f.notices(), f.escalations(), f.closures()))
                .as("commitments, due, on time, missing, overdue days, green, yellow, red, notices, 专班, closures of %s", f.bureauId())
                .containsExactly(1, due, onTime, missing, overdueDays, green, yellow, red, notices, escalations, 0);
    }
}
