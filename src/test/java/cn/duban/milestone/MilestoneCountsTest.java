package cn.duban.milestone;

import static cn.duban.commitment.LifecycleDriver.FIRMS;
import static cn.duban.commitment.LifecycleDriver.SPORTS_PARK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.identity.Roles;
import cn.duban.ledger.LedgerImporter;
import cn.duban.scorecard.ScorecardProcess;
import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The milestone counts Cockpit's commitment diagram shows, over real HTTP: 2024-02-01 reaches its first quarter's
 * milestone and misses the second, 2024-05-01 reaches its first. Those who read everything get them; a bureau does not.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MilestoneCountsTest {

    static final String PASSWORD = "Milestone-Test-Passw0rd";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    LifecycleDriver driver;
    String definitionId;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void firmsReachesTheFirstQuarterAndMissesTheSecondTheSportsParkReachesTheFirst(@TempDir Path folder) {
        driver = new LifecycleDriver(engine, importer, jdbc, folder);
        driver.approvePlan(FIRMS);
        driver.approvePlan(SPORTS_PARK);
        driver.reportStatus(SPORTS_PARK, "推进中");
        driver.reportValue(FIRMS, 1.2);
        driver.reportValue(FIRMS, 2.5);
        driver.reportValue(FIRMS, 3);
        driver.fire(FIRMS, CommitmentProcess.EVENT_QUARTER_ENDS);
        driver.fire(SPORTS_PARK, CommitmentProcess.EVENT_QUARTER_ENDS);
        for (int month = 4; month <= 6; month++) {
            driver.reportValue(FIRMS, month, Vars.DELAY_REASON, "二季度新增企业尚在培育");
        }
        driver.fire(FIRMS, CommitmentProcess.EVENT_QUARTER_ENDS);
        definitionId = driver.instance(FIRMS).getProcessDefinitionId();

        TestUsers.ensure(engine, "mcclerk", PASSWORD, "gongxin");
        TestUsers.ensure(engine, "mcsupervisor", PASSWORD, Roles.SUPERVISION_OFFICE);
        TestUsers.ensure(engine, "mcauditor", PASSWORD, Roles.AUDITORS);
        TestUsers.ensure(engine, "mcleader", PASSWORD, "ldgongye", Roles.LEADERS);
        TestUsers.ensure(engine, "mcadmin", PASSWORD, Roles.ADMINISTRATORS);
    }

    @AfterAll
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mcsupervisor", "mcauditor", "mcleader", "mcadmin"})
    void thoseWhoReadEverythingSeeReachedAndMissedPerQuarterOfTheDefinition(String reader) throws Exception {
        HttpResponse<String> response = get(reader, "processDefinitionId=" + definitionId);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("reached").asLong()).isEqualTo(2);
        assertThat(body.path("missed").asLong()).isEqualTo(1);
        assertThat(body.path("quarters").toString())
                .isEqualTo("[{\"quarter\":1,\"reached\":2,\"missed\":0},{\"quarter\":2,\"reached\":0,\"missed\":1}]");
        assertThat(body.path("reachedElement").asText()).isEqualTo(CommitmentProcess.EVENT_MILESTONE_REACHED);
        assertThat(body.path("missedElement").asText()).isEqualTo(CommitmentProcess.EVENT_MILESTONE_MISSED);
        assertThat(body.path("scopeElement").asText()).isEqualTo(CommitmentProcess.SUB_DISPATCH);
    }

    @Test
    void oneInstanceCountsOnlyItsOwnCommitmentsChecks() throws Exception {
        JsonNode firms = json.readTree(get("mcsupervisor", "processInstanceId=" + driver.instanceId(FIRMS)).body());
        JsonNode park = json.readTree(get("mcsupervisor", "processInstanceId=" + driver.instanceId(SPORTS_PARK)).body());

        assertThat(firms.path("commitmentId").asText()).isEqualTo(FIRMS);
        assertThat(firms.path("reached").asLong()).isEqualTo(1);
        assertThat(firms.path("missed").asLong()).isEqualTo(1);
        assertThat(park.path("commitmentId").asText()).isEqualTo(SPORTS_PARK);
        assertThat(park.path("reached").asLong()).isEqualTo(1);
        assertThat(park.path("missed").asLong()).isZero();
    }

    @Test
    void aBureauIsRefusedInChineseAndAnonymousCallersMustLogIn() throws Exception {
        HttpResponse<String> bureau = get("mcclerk", "processDefinitionId=" + definitionId);
        assertThat(bureau.statusCode()).isEqualTo(403);
        assertThat(json.readTree(bureau.body()).path("type").asText()).isEqualTo("Forbidden");
        assertThat(json.readTree(bureau.body()).path("message").asText()).isEqualTo("里程碑统计仅督查室、审计、区领导和管理员可以查看");
        assertThat(bureau.body()).doesNotContain("\"reached\"");

        HttpResponse<String> ownInstance = get("mcclerk", "processInstanceId=" + driver.instanceId(FIRMS));
        assertThat(ownInstance.statusCode()).isEqualTo(403);

        assertThat(get("anonymous", "processDefinitionId=" + definitionId).statusCode()).isEqualTo(401);
    }

    @Test
    void aMissingOrUnknownTargetIsNamedInTheAnswer() throws Exception {
        HttpResponse<String> neither = get("mcsupervisor", "");
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(json.readTree(neither.body()).path("field").asText()).isEqualTo("processDefinitionId");

        HttpResponse<String> both = get("mcsupervisor", "processDefinitionId=" + definitionId + "&processInstanceId=x");
        assertThat(both.statusCode()).isEqualTo(400);

        HttpResponse<String> garbage = get("mcsupervisor", "processInstanceId=" + URLEncoder.encode("x\u0000'; drop", StandardCharsets.UTF_8));
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json.readTree(garbage.body()).path("field").asText()).isEqualTo("processInstanceId");

        HttpResponse<String> unknown = get("mcsupervisor", "processDefinitionId=commitment:99:nothing");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("message").asText()).contains("不是承诺事项督办流程");

        String scorecard = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ScorecardProcess.KEY)
                .latestVersion().singleResult().getId();
        assertThat(get("mcsupervisor", "processDefinitionId=" + scorecard).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String user, String query) throws Exception {
        String encoded = query.replace(":", URLEncoder.encode(":", StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/duban/api/milestones?" + encoded)).GET();
        if (!"anonymous".equals(user)) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
