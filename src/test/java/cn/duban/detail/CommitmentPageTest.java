package cn.duban.detail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.identity.Roles;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.Doors;
import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 承诺事项详情 and the clerk's confirmation over real HTTP: 工信局's clerk files the January report of 新增规上工业企业15家
 * through the REST API, 0.5 of 1.02 planned firms, which rates it red and escalates it. The clerk learns that from
 * the submission's result; nobody else gets that answer. The commitment's page names the reporter and shows the plan,
 * its review and the rating, to those who may see the commitment only.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentPageTest {

    static final String PASSWORD = "Commitment-Page-Passw0rd";
    static final String FIRMS = LifecycleDriver.FIRMS;
    static final String FARMLAND = "2024-02-02";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    String reportTask;

    @BeforeAll
    void theClerkFilesARedReport(@TempDir Path folder) throws Exception {
        LifecycleDriver driver = new LifecycleDriver(engine, importer, jdbc, folder);
        TestUsers.ensure(engine, "cpgongxin", PASSWORD, "gongxin");
        TestUsers.ensure(engine, "cpnongye", PASSWORD, "nongye");
        TestUsers.ensure(engine, "cpsupervisor", PASSWORD, Roles.SUPERVISION_OFFICE);
        driver.approvePlan(FIRMS);
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        driver.at("2024-02-03T10:00");
        reportTask = driver.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS).getId();
        engine.getTaskService().claim(reportTask, "cpgongxin");
        HttpResponse<String> submitted = send("cpgongxin", "POST", "/engine-rest/task/" + reportTask + "/submit-form", """
                {"variables": {"cumulativeValue": {"value": 0.5, "type": "Double"},
                  "workDone": {"value": "走访企业8家"}, "nextSteps": {"value": "推动储备企业入规"},
                  "delayReason": {"value": "春节前企业申报放缓"}}}""");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    }

    @AfterAll
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @Test
    void theClerkLearnsTheRatingTheReportProducedAndNobodyElseDoes() throws Exception {
        JsonNode result = get("cpgongxin", "/duban/api/submissions/" + reportTask, 200);
        assertThat(result.path("commitmentId").asText()).isEqualTo(FIRMS);
        assertThat(result.path("period").asText()).isEqualTo("2024-01");
        assertThat(result.path("value").asText()).isEqualTo("0.5家");
        assertThat(result.path("planned").asText()).isEqualTo("1.02家");
        assertThat(result.path("rating").asText()).isEqualTo("red");
        assertThat(result.path("ratingLabel").asText()).isEqualTo("红灯");
        assertThat(result.path("escalated").asBoolean()).isTrue();
        assertThat(result.path("message").asText()).contains("评级为红灯", "已升级督办");
        assertThat(result.path("link").asText()).isEqualTo("/duban/commitment.html?id=" + FIRMS);

        get("cpsupervisor", "/duban/api/submissions/" + reportTask, 404);
        get("cpnongye", "/duban/api/submissions/" + reportTask, 404);
        assertThat(get("cpgongxin", "/duban/api/submissions/no-such-task", 404).path("message").asText()).contains("没有");
    }

    @Test
    void theCommitmentPageTellsTheYearToThoseWhoMaySeeIt() throws Exception {
        JsonNode page = get("cpsupervisor", "/duban/api/commitments/" + FIRMS, 200);
        assertThat(page.path("title").asText()).isEqualTo("新增规上工业企业15家");
        assertThat(page.path("target").asText()).isEqualTo("达到15家");
        assertThat(page.path("sourceSentence").asText()).isNotBlank();
        JsonNode report = page.path("reports").get(0);
        assertThat(report.path("reporter").asText()).isEqualTo("cpgongxin");
        assertThat(report.path("value").asText()).isEqualTo("0.5家");
        assertThat(report.path("delayReason").asText()).isEqualTo("春节前企业申报放缓");
        assertThat(page.path("people").path("cpgongxin").asText()).isNotBlank();
        assertThat(page.path("ratings").get(0).path("label").asText()).isEqualTo("红灯");
        assertThat(page.path("ratings").get(0).path("escalated").asBoolean()).isTrue();
        assertThat(page.path("plan").findValuesAsText("kind")).containsExactly("plan", "review");
        assertThat(page.path("plan").get(0).path("values").path("plannedQ1").asText()).isEqualTo("3家");
        assertThat(page.path("plan").get(1).path("values").path("planDecision").asText()).isEqualTo("approve");
        assertThat(page.path("baselines").get(0).path("quarters").get(3).asText()).isEqualTo("15家");
        assertThat(page.path("state").path("label").asText()).isEqualTo("推进中");
        assertThat(page.path("cockpitLink").asText()).contains("/camunda/app/cockpit/");

        JsonNode own = get("cpgongxin", "/duban/api/commitments/" + FIRMS, 200);
        assertThat(own.path("cockpitLink").isNull()).as("no Cockpit link for a bureau").isTrue();

        JsonNode refused = get("cpnongye", "/duban/api/commitments/" + FIRMS, 403);
        assertThat(refused.path("message").asText()).contains("只能查看本单位");
        assertThat(refused.toString()).doesNotContain("新增规上工业企业15家");
        assertThat(get("cpnongye", "/duban/api/commitments/" + FARMLAND, 200).path("id").asText()).isEqualTo(FARMLAND);
        assertThat(get("cpsupervisor", "/duban/api/commitments/2099-99-99", 404).path("message").asText())
                .contains("没有编号为「2099-99-99」的承诺事项");
        assertThat(send(null, "GET", "/duban/api/commitments/" + FIRMS, null).statusCode()).isEqualTo(401);
    }

    private JsonNode get(String user, String path, int status) throws Exception {
        HttpResponse<String> response = send(user, "GET", path, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return new Doors(port, PASSWORD).basic(user, method, path, body);
    }

}
