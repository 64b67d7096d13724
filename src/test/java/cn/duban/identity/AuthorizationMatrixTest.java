package cn.duban.identity;

import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.ledger.LedgerFixture;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.CleanSlate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role against every action, over real HTTP with Basic authentication: exactly allowed or denied.
 * The fixture ledger gives 工信局 (gongxin) one commitment and 农业农村委 (nongye) another.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    static final String PASSWORD = "Matrix-Test-Passw0rd";
    static final String ALLOW = "allowed";
    /** Refused outright (403), or not even shown to exist (404): the engine hides tasks a user may not read. */
    static final String DENY = "denied";
    static final String UNAUTHENTICATED = "asked to log in";
    /** Refused by duban before the engine: 403 with a Chinese reason, nothing written. */
    static final String FORBIDDEN = "forbidden";
    /** Answered, but with nothing in it: the engine filters what the caller may not read. */
    static final String EMPTY = "nothing shown";
    static final String OWN = "2024-02-01";
    static final String INTRUDER_MODEL = "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
            + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"x\"><process id=\"intruder\" "
            + "isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><startEvent id=\"s\"/></process></definitions>";
    static final String FOREIGN = "2024-02-02";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> ids = new java.util.HashMap<>();

    @BeforeAll
    void importFixtureLedgerAndCreateOneUserPerRole(@TempDir Path folder) {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");
        user("mxclerk", "gongxin");
        user("mxsupervisor", Roles.SUPERVISION_OFFICE);
        user("mxleader", "ldgongye", Roles.LEADERS);
        user("mxauditor", Roles.AUDITORS);
        user("mxadmin", Roles.ADMINISTRATORS);
        for (String commitment : new String[] {OWN, FOREIGN}) {
            String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(commitment)
                    .singleResult().getId();
            ids.put(commitment + ":instance", instance);
            ids.put(commitment + ":task", engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId());
        }
        // a 催办 reminder as the engine writes it (no user), and evidence 工信局's clerk uploaded to its own task
        ids.put("reminder", engine.getTaskService().createComment(ids.get(OWN + ":task"), ids.get(OWN + ":instance"), "催办：请按时报送").getId());
        engine.getIdentityService().setAuthentication("mxclerk", java.util.List.of("gongxin"));
        try {
            ids.put("evidence", engine.getTaskService().createAttachment("text/plain", ids.get(OWN + ":task"), null, "佐证.txt", null,
                    new java.io.ByteArrayInputStream("佐证".getBytes(StandardCharsets.UTF_8))).getId());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // role, action, expected HTTP status
                row("anonymous", "list tasks", UNAUTHENTICATED),
                row("anonymous", "engine listing", UNAUTHENTICATED),
                row("anonymous", "duban ledger import", UNAUTHENTICATED),
                row("mxclerk", "read own task", ALLOW),
                row("mxclerk", "read foreign task", DENY),
                row("mxclerk", "claim foreign task", DENY),
                row("mxclerk", "complete foreign task", DENY),
                row("mxclerk", "read own variables", ALLOW),
                row("mxclerk", "read foreign variables", DENY),
                row("mxclerk", "start instance", DENY),
                row("mxclerk", "deploy", DENY),
                row("mxclerk", "delete instance", DENY),
                row("mxclerk", "reassign own task", DENY),
                row("mxclerk", "duban ledger import", DENY),
                row("mxsupervisor", "read foreign task", ALLOW),
                row("mxsupervisor", "read foreign variables", ALLOW),
                row("mxsupervisor", "claim foreign task", DENY),
                row("mxsupervisor", "complete foreign task", DENY),
                row("mxsupervisor", "start instance", DENY),
                row("mxsupervisor", "deploy", DENY),
                row("mxsupervisor", "delete instance", DENY),
                row("mxsupervisor", "duban ledger import", DENY),
                row("mxleader", "read own variables", ALLOW),
                row("mxleader", "read foreign variables", DENY),
                row("mxleader", "complete foreign task", DENY),
                row("mxleader", "start instance", DENY),
                row("mxauditor", "read foreign variables", ALLOW),
                row("mxauditor", "read foreign task", DENY),
                row("mxauditor", "claim foreign task", DENY),
                row("mxauditor", "start instance", DENY),
                row("mxauditor", "deploy", DENY),
                row("mxauditor", "delete instance", DENY),
                row("mxadmin", "read foreign task", ALLOW),
                row("mxclerk", "claim own task", ALLOW),
                row("mxadmin", "duban ledger import", ALLOW),
                row("anonymous", "export history", UNAUTHENTICATED),
                row("mxclerk", "export history", DENY),
                row("mxsupervisor", "export history", DENY),
                row("mxleader", "export history", DENY),
                row("mxadmin", "export history", DENY),
                row("mxauditor", "export history", ALLOW),
                row("mxclerk", "comment on own task", ALLOW),
                row("mxsupervisor", "comment on foreign task", ALLOW),
                row("mxclerk", "comment on foreign task", FORBIDDEN),
                row("mxleader", "comment on foreign task", FORBIDDEN),
                row("mxauditor", "comment on foreign task", FORBIDDEN),
                row("mxclerk", "rewrite reminder", FORBIDDEN),
                row("mxclerk", "delete reminder", FORBIDDEN),
                row("mxsupervisor", "delete reminder", FORBIDDEN),
                row("mxclerk", "delete all comments of own task", FORBIDDEN),
                row("mxadmin", "rewrite reminder", ALLOW),
                // files are evidence, uploaded through duban's door that checks them; the engine's attachment API is not it
                row("mxclerk", "attach to own task", FORBIDDEN),
                row("mxauditor", "attach to foreign task", FORBIDDEN),
                row("mxleader", "attach to foreign task", FORBIDDEN),
                row("mxsupervisor", "delete a bureau's attachment", FORBIDDEN),
                row("mxauditor", "delete a bureau's attachment", FORBIDDEN),
                row("mxclerk", "read foreign history variables", EMPTY),
                row("mxclerk", "read foreign history details", EMPTY),
                row("mxclerk", "read foreign historic tasks", EMPTY),
                row("mxclerk", "read foreign variable instances", EMPTY),
                row("mxleader", "read foreign history variables", EMPTY),
                row("mxclerk", "read own history variables", ALLOW),
                row("mxauditor", "read foreign history variables", ALLOW));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("matrix")
    void eachRoleIsAllowedExactlyWhatItNeeds(String role, String action, String expected) throws Exception {
        HttpResponse<String> response = call(role, action);
        int status = response.statusCode();

        switch (expected) {
            case ALLOW -> assertThat(status).as(response.body()).isBetween(200, 299);
            case DENY -> assertThat(status).isIn(403, 404);
            case FORBIDDEN -> {
                assertThat(status).isEqualTo(403);
                assertThat(response.body()).startsWith("{\"type\":\"Forbidden\",\"message\":\"");
            }
            case EMPTY -> assertThat(response.body()).isEqualTo("[]");
            default -> assertThat(status).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "{0} sees {1} task(s)")
    @MethodSource("taskCounts")
    void taskListShowsEachRoleOnlyItsOwnWork(String role, int visible) throws Exception {
        HttpResponse<String> response = send(role, HttpRequest.newBuilder(uri("/engine-rest/task/count")).GET());

        assertThat(response.body()).isEqualTo("{\"count\":" + visible + "}");
    }

    static Stream<Arguments> taskCounts() {
        return Stream.of(Arguments.of("mxclerk", 1), Arguments.of("mxleader", 0), Arguments.of("mxauditor", 0),
                Arguments.of("mxsupervisor", 4));
    }

    @ParameterizedTest(name = "{0} sees {1} historic instance(s)")
    @MethodSource("historyCounts")
    void historyShowsEachRoleOnlyWhatItMayRead(String role, int visible) throws Exception {
        HttpResponse<String> response = send(role, HttpRequest.newBuilder(uri("/engine-rest/history/process-instance/count")).GET());

        assertThat(response.body()).isEqualTo("{\"count\":" + visible + "}");
    }

    static Stream<Arguments> historyCounts() {
        // ldgongye leads 2024-02-01 and 2024-02-03 of the fixture
        return Stream.of(Arguments.of("mxclerk", 1), Arguments.of("mxleader", 2), Arguments.of("mxauditor", 4),
                Arguments.of("mxsupervisor", 4));
    }

    private HttpResponse<String> call(String role, String action) throws IOException, InterruptedException {
        String ownTask = ids.get(OWN + ":task");
        String foreignTask = ids.get(FOREIGN + ":task");
        HttpRequest.Builder request = switch (action) {
            case "list tasks" -> HttpRequest.newBuilder(uri("/engine-rest/task")).GET();
            case "engine listing" -> HttpRequest.newBuilder(uri("/engine-rest/engine")).GET();
            case "read own task" -> HttpRequest.newBuilder(uri("/engine-rest/task/" + ownTask)).GET();
            case "read foreign task" -> HttpRequest.newBuilder(uri("/engine-rest/task/" + foreignTask)).GET();
            case "claim own task" -> json(uri("/engine-rest/task/" + ownTask + "/claim"), "{\"userId\":\"" + role + "\"}");
            case "claim foreign task" -> json(uri("/engine-rest/task/" + foreignTask + "/claim"), "{\"userId\":\"" + role + "\"}");
            case "complete foreign task" -> json(uri("/engine-rest/task/" + foreignTask + "/complete"), "{}");
            case "reassign own task" -> json(uri("/engine-rest/task/" + ownTask + "/assignee"), "{\"userId\":\"someoneelse\"}");
            case "read own variables" -> HttpRequest.newBuilder(uri("/engine-rest/process-instance/" + ids.get(OWN + ":instance") + "/variables")).GET();
            case "read foreign variables" -> HttpRequest.newBuilder(uri("/engine-rest/process-instance/" + ids.get(FOREIGN + ":instance") + "/variables")).GET();
            case "start instance" -> json(uri("/engine-rest/process-definition/key/" + CommitmentProcess.KEY + "/start"), "{\"businessKey\":\"intruder\"}");
            case "deploy" -> HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
                    .header("Content-Type", "multipart/form-data; boundary=x")
                    .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nintruder\r\n"
                            + "--x\r\nContent-Disposition: form-data; name=\"intruder.bpmn\"; filename=\"intruder.bpmn\"\r\n"
                            + "Content-Type: application/xml\r\n\r\n" + INTRUDER_MODEL + "\r\n--x--\r\n"));
            case "delete instance" -> HttpRequest.newBuilder(uri("/engine-rest/process-instance/" + ids.get(FOREIGN + ":instance"))).DELETE();
            case "duban ledger import" -> HttpRequest.newBuilder(uri("/duban/api/ledger/import")).POST(HttpRequest.BodyPublishers.noBody());
            case "export history" -> HttpRequest.newBuilder(uri("/duban/api/audit/export?format=jsonl&commitment=" + OWN)).GET();
            case "comment on own task" -> json(uri("/engine-rest/task/" + ownTask + "/comment/create"), "{\"message\":\"已开始\"}");
            case "comment on foreign task" -> json(uri("/engine-rest/task/" + foreignTask + "/comment/create"), "{\"message\":\"意见\"}");
            case "rewrite reminder" -> HttpRequest.newBuilder(uri("/engine-rest/task/" + ownTask + "/comment"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + ids.get("reminder") + "\",\"message\":\"催办：请按时报送。\"}"));
            case "delete reminder" -> HttpRequest.newBuilder(uri("/engine-rest/task/" + ownTask + "/comment/" + ids.get("reminder"))).DELETE();
            case "delete all comments of own task" -> HttpRequest.newBuilder(uri("/engine-rest/task/" + ownTask + "/comment")).DELETE();
            case "attach to own task" -> attachment(ownTask);
            case "attach to foreign task" -> attachment(foreignTask);
            case "delete a bureau's attachment" -> HttpRequest.newBuilder(uri("/engine-rest/task/" + ownTask + "/attachment/" + ids.get("evidence"))).DELETE();
            case "read own history variables" -> HttpRequest.newBuilder(uri("/engine-rest/history/variable-instance?processInstanceId=" + ids.get(OWN + ":instance"))).GET();
            case "read foreign history variables" -> HttpRequest.newBuilder(uri("/engine-rest/history/variable-instance?processInstanceId=" + ids.get(FOREIGN + ":instance"))).GET();
            case "read foreign history details" -> HttpRequest.newBuilder(uri("/engine-rest/history/detail?processInstanceId=" + ids.get(FOREIGN + ":instance"))).GET();
            case "read foreign historic tasks" -> HttpRequest.newBuilder(uri("/engine-rest/history/task?processInstanceId=" + ids.get(FOREIGN + ":instance"))).GET();
            case "read foreign variable instances" -> HttpRequest.newBuilder(uri("/engine-rest/variable-instance?processInstanceIdIn=" + ids.get(FOREIGN + ":instance"))).GET();
            default -> throw new IllegalArgumentException(action);
        };
        return send(role, request);
    }

    private HttpResponse<String> send(String role, HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!"anonymous".equals(role)) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((role + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder attachment(String taskId) {
        return HttpRequest.newBuilder(uri("/engine-rest/task/" + taskId + "/attachment/create"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\n方案.txt\r\n"
                        + "--x\r\nContent-Disposition: form-data; name=\"content\"; filename=\"方案.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n方案\r\n--x--\r\n", StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder json(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void user(String id, String... groups) {
        TestUsers.ensure(engine, id, PASSWORD, groups);
    }

    private static Arguments row(String role, String action, String expected) {
        return Arguments.of(role, action, expected);
    }
}
