package cn.duban.scorecard;

import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.identity.Roles;
import cn.duban.ledger.LedgerFixture;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.Doors;
import cn.duban.testing.Doors.Door;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who sees which scorecard over real HTTP: January 2024 is published, December 2023 is still a draft. A bureau sees
 * the published ranking and its own commitments, not drafts nor another bureau's commitments.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardAccessTest {

    static final String PASSWORD = "Scorecard-Test-Passw0rd";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    long published;
    long draft;
    String januaryRun;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void publishJanuaryAndDraftDecember(@TempDir Path folder) {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        at("2024-01-15T09:00");
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");
        // one January rating gives the month something to compare (a month that measured nothing is not published)
        jdbc.update("""
                insert into rating_record (commitment_id, period, rated_at, rating, reason, trajectory_ratio, days_overdue,
                    days_to_deadline, escalated) values ('2024-02-01', '2024-01', timestamp '2024-01-31 10:00:00', 'green',
                    '按序时进度推进', 1.0, 0, 335, false)""");
        at("2024-02-06T10:00");
        ProcessInstance january = start("2024-01");
        published = scorecardId(january);
        januaryRun = january.getId();
        complete(january, ScorecardProcess.TASK_REVIEW, Map.of(ScorecardProcess.Vars.REVIEW_DECISION, "submit",
                ScorecardProcess.Vars.REVIEW_COMMENT, "已核对"));
        complete(january, ScorecardProcess.TASK_APPROVE, Map.of(ScorecardProcess.Vars.APPROVAL_DECISION, "approve"));
        draft = scorecardId(start("2023-12"));
        user("sctclerk", "gongxin");
        user("sctsupervisor", Roles.SUPERVISION_OFFICE);
        user("sctleader", "ldgongye", Roles.LEADERS);
        user("sctauditor", Roles.AUDITORS);
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyoneLoggedInSeesPublishedScorecardsButOnlySupervisorsAndLeadersSeeDrafts() throws Exception {
        assertThat(get("anonymous", "").statusCode()).isEqualTo(401);
        assertThat(get("sctclerk", "").body()).contains("2024年1月").doesNotContain("2023年12月");
        assertThat(get("sctauditor", "").body()).contains("2024年1月").doesNotContain("2023年12月");
        assertThat(get("sctsupervisor", "").body()).contains("2024年1月").contains("2023年12月");
        assertThat(get("sctleader", "").body()).contains("2023年12月");

        assertThat(get("sctclerk", "/" + published).statusCode()).isEqualTo(200);
        assertThat(get("sctclerk", "/" + draft).statusCode()).isEqualTo(403);
        assertThat(get("sctclerk", "/" + draft).body()).contains("草稿仅督查室和区领导可见");
        assertThat(get("sctclerk", "/" + draft + "/xlsx").statusCode()).isEqualTo(403);
        assertThat(get("sctauditor", "/" + draft).statusCode()).isEqualTo(403);
        assertThat(get("sctsupervisor", "/" + draft).statusCode()).isEqualTo(200);
    }

    @Test
    void aBureauDrillsDownIntoItsOwnCommitmentsOnly() throws Exception {
        HttpResponse<String> own = get("sctclerk", "/" + published + "/bureaus/gongxin");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("2024-02-01").contains("新增规上工业企业15家");
        HttpResponse<String> foreign = get("sctclerk", "/" + published + "/bureaus/nongye");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("只能查看本单位的事项明细").doesNotContain("2024-02-02");
        assertThat(get("sctsupervisor", "/" + published + "/bureaus/nongye").body()).contains("2024-02-02");
        assertThat(get("sctauditor", "/" + published + "/bureaus/nongye").statusCode()).isEqualTo(200);
        assertThat(get("sctleader", "/" + published + "/bureaus/nongye").statusCode()).isEqualTo(200);
    }

    @Test
    void theExcelDownloadKeepsChineseIntact() throws Exception {
        HttpResponse<byte[]> response = http.send(request("sctclerk", "/" + published + "/xlsx").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("UTF-8''");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = workbook.getSheet("成绩单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("2024年1月晾晒成绩单（已发布");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("单位");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 4);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).startsWith("区");
            // numbers stay numbers and show their unit: January, nothing measured yet, everyone 1st with 100
            DataFormatter shown = new DataFormatter();
            var first = sheet.getRow(2);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(shown.formatCellValue(first.getCell(0))).isEqualTo("第1名");
            assertThat(shown.formatCellValue(first.getCell(5))).isEqualTo("100.00分");
            assertThat(shown.formatCellValue(first.getCell(7))).isEqualTo("0.00分");
            assertThat(shown.formatCellValue(first.getCell(10))).endsWith("份");
            assertThat(workbook.getSheet("情况说明")).isNotNull();
        }
    }

    @Test
    void theCockpitSummaryNamesTheLatestPublishedScorecard() throws Exception {
        HttpResponse<String> latest = get("sctsupervisor", "/latest");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.body()).contains("\"label\":\"2024年1月\"").contains("/duban/scorecard.html?id=" + published);
    }

    /**
     * The engine lets whoever may read a task's history read every variable of its process instance; each bottom-ranked
     * bureau's 说明情况 is therefore an instance of its own, and the scorecard's instance shows a bureau nothing.
     */
    @ParameterizedTest
    @EnumSource(Door.class)
    void aBottomRankedBureauReadsOnlyItsOwnExplanationThroughEitherEngineDoor(Door door) throws Exception {
        // in January everyone ties for first and nobody explains: start two explanations as the scorecard's call activity does
        Task own = explanation("nongye");
        Task other = explanation("shangwu");
        String bureau = "nongye";
        String otherBureau = "shangwu";
        String clerk = "sctexplain" + bureau;
        user(clerk, bureau);
        Doors doors = new Doors(port, PASSWORD);

        for (String nothing : List.of("/history/variable-instance?processInstanceId=" + januaryRun,
                "/history/detail?processInstanceId=" + januaryRun, "/history/task?processInstanceId=" + januaryRun,
                "/history/process-instance?processInstanceId=" + januaryRun, "/history/activity-instance?processInstanceId=" + januaryRun,
                "/variable-instance?processInstanceIdIn=" + januaryRun, "/task?processInstanceId=" + januaryRun,
                "/history/variable-instance?processInstanceId=" + other.getProcessInstanceId(),
                "/history/detail?processInstanceId=" + other.getProcessInstanceId(),
                "/history/task?processInstanceId=" + other.getProcessInstanceId(),
                "/variable-instance?processInstanceIdIn=" + other.getProcessInstanceId(),
                "/history/variable-instance?variableName=" + ScorecardProcess.Vars.EXPLAINING_BUREAU)) {
            HttpResponse<String> response = doors.send(door, clerk, "GET", nothing, null, null);
            assertThat(response.statusCode()).as(nothing).isEqualTo(200);
            if (nothing.endsWith(ScorecardProcess.Vars.EXPLAINING_BUREAU)) {
                assertThat(response.body()).as(nothing).contains("\"value\":\"" + bureau + "\"").doesNotContain(otherBureau);
            } else {
                assertThat(response.body()).as(nothing).isEqualTo("[]");
            }
        }
        assertThat(doors.send(door, clerk, "GET", "/task/" + other.getId() + "/variables", null, null).statusCode()).isIn(403, 404);

        HttpResponse<String> mine = doors.send(door, clerk, "GET", "/history/variable-instance?processInstanceId=" + own.getProcessInstanceId(), null, null);
        assertThat(mine.body()).contains("\"value\":\"" + bureau + "\"").doesNotContain("\"value\":\"" + otherBureau + "\"");
        assertThat(doors.send(door, clerk, "GET", "/task/" + own.getId() + "/variables", null, null).body())
                .contains(ScorecardProcess.Vars.EXPLAIN_RANKING).doesNotContain(ScorecardProcess.Vars.DRAFT_SUMMARY);
    }

    private Task explanation(String bureau) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ScorecardProcess.EXPLANATION_KEY)
                .variableValueEquals(ScorecardProcess.Vars.EXPLAINING_BUREAU, bureau).list().stream().findFirst()
                .map(ProcessInstance::getId).orElseGet(() -> engine.getRuntimeService().startProcessInstanceByKey(
                        ScorecardProcess.EXPLANATION_KEY, Map.of(ScorecardProcess.Vars.PERIOD, "2024-01",
                                ScorecardProcess.Vars.PERIOD_LABEL, "2024年1月", ScorecardProcess.Vars.SCORECARD_ID, published,
                                ScorecardProcess.Vars.EXPLAINING_BUREAU, bureau)).getId());
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    }

    private static void at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(request(user, path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/duban/api/scorecards" + path)).GET();
        if (!"anonymous".equals(user)) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private ProcessInstance start(String period) {
        return engine.getRuntimeService().startProcessInstanceByKey(ScorecardProcess.KEY, Map.of(ScorecardProcess.Vars.PERIOD, period));
    }

    private long scorecardId(ProcessInstance run) {
        return ((Number) engine.getRuntimeService().getVariable(run.getId(), ScorecardProcess.Vars.SCORECARD_ID)).longValue();
    }

    private void complete(ProcessInstance run, String task, Map<String, Object> values) {
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(run.getId())
                .taskDefinitionKey(task).singleResult().getId(), values);
    }

    private void user(String id, String... groups) {
        TestUsers.ensure(engine, id, PASSWORD, groups);
    }
}
