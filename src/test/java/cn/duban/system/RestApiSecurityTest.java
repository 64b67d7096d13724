package cn.duban.system;

import cn.duban.testing.PostgresWebTest;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.testing.CleanSlate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresWebTest
class RestApiSecurityTest {

    private static final String PASSWORD = "S3cret-Test-Pass";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void createUsers() {
        CleanSlate.reset(runtimeService, historyService, jdbc);
        createUser("resttestclerk", "gongxin");
    }

    @AfterEach
    void deleteUsers() {
        identityService.deleteUser("resttestclerk");
    }

    @Test
    void anonymousCallerLearnsNothingFromTheEngineApi() throws Exception {
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-instance/count", null).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        // a user of its own: a failed login makes that user wait a few seconds from this address
        createUser("resttestguessed", "gongxin");
        try {
            assertThat(get("/engine-rest/task", basic("resttestguessed", "guess")).statusCode()).isEqualTo(401);
        } finally {
            identityService.deleteUser("resttestguessed");
        }
    }

    @Test
    void authenticatedUserReachesTheEngineApi() throws Exception {
        HttpResponse<String> response = get("/engine-rest/engine", basic("resttestclerk", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("default");
    }

    @Test
    void ledgerImportEndpointRequiresAuthentication() throws Exception {
        assertThat(post("/duban/api/ledger/import", null).statusCode()).isEqualTo(401);
    }

    @Test
    void ledgerImportEndpointRefusesNonAdministrators() throws Exception {
        HttpResponse<String> response = post("/duban/api/ledger/import", basic("resttestclerk", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("只有系统管理员");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void administratorImportsTheConfiguredLedgerOnDemand() throws Exception {
        HttpResponse<String> response = post("/duban/api/ledger/import", basic("testadmin", "Test-Only-Passw0rd"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("新增并启动 85 项");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(85);
        assertThat(jdbc.queryForObject("select actor from ledger_import", String.class)).isEqualTo("testadmin");
    }

    private void createUser(String id, String group) {
        User user = identityService.newUser(id);
        user.setFirstName(id);
        user.setLastName("测试");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            var created = identityService.newGroup(group);
            created.setName(group);
            identityService.saveGroup(created);
        }
        identityService.createMembership(id, group);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), authorization);
    }

    private HttpResponse<String> post(String path, String authorization) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()), authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String authorization)
            throws IOException, InterruptedException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
