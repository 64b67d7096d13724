package cn.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.identity.Roles;
import cn.duban.testing.Doors;
import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operators' endpoints over HTTP: administrators and the metrics role read health (with the job executor), info
 * and the Prometheus metrics with duban's gauges; a bureau clerk gets 403, a stranger 401, both in Chinese JSON; the
 * endpoints not exposed do not exist.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActuatorAccessTest {

    static final String PASSWORD = "Actuator-Passw0rd";
    static final String ADMIN = "opsadmin";
    static final String METRICS = "opsmetrics";
    static final String CLERK = "opsclerk";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private Doors doors;

    @BeforeAll
    void users() {
        TestUsers.ensure(engine, ADMIN, PASSWORD, Roles.ADMINISTRATORS);
        TestUsers.ensure(engine, METRICS, PASSWORD, Roles.METRICS);
        TestUsers.ensure(engine, CLERK, PASSWORD, "gongxin");
        doors = new Doors(port, PASSWORD);
    }

    @Test
    void theMetricsRoleIsARoleGroupDubanCreates() {
        Group group = engine.getIdentityService().createGroupQuery().groupId(Roles.METRICS).singleResult();

        assertThat(group).isNotNull();
        assertThat(group.getType()).isEqualTo(Roles.TYPE_ROLE);
        assertThat(group.getName()).isEqualTo("运行监控");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ADMIN, METRICS})
    void administratorsAndTheMetricsRoleReadDubansGauges(String user) throws Exception {
        HttpResponse<String> answer = doors.basic(user, "GET", "/actuator/prometheus", null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("duban_engine_jobs_due ", "duban_engine_jobs_failed ",
                "duban_engine_incidents_open ", "duban_reports_overdue ", "duban_notifications_waiting ",
                "duban_notifications_failed ", "jvm_memory_used_bytes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ADMIN, METRICS})
    void healthShowsTheDatabaseAndTheJobExecutor(String user) throws Exception {
        HttpResponse<String> answer = doors.basic(user, "GET", "/actuator/health", null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode components = JSON.readTree(answer.body()).path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        JsonNode jobExecutor = components.path("jobExecutor");
        // the tests run without job execution (application-test.yaml): a node configured so is healthy, and says why
        assertThat(jobExecutor.path("status").asText()).isEqualTo("UP");
        assertThat(jobExecutor.path("details").path("enabled").asBoolean(true)).isFalse();
        assertThat(jobExecutor.path("details").path("active").asBoolean(true)).isFalse();
        assertThat(jobExecutor.path("details").path("jobsDue").isNumber()).isTrue();
        JsonNode notifications = components.path("notifications");
        assertThat(notifications.path("status").asText()).isEqualTo("UP");
        assertThat(notifications.path("details").path("waiting").isNumber()).isTrue();
        assertThat(notifications.path("details").path("failed").isNumber()).isTrue();
        assertThat(jobExecutor.path("details").path("message").asText()).contains("camunda.bpm.job-execution.enabled=false");
    }

    @Test
    void infoNamesTheConfigurationDirectory() throws Exception {
        HttpResponse<String> answer = doors.basic(METRICS, "GET", "/actuator/info", null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("duban").path("configDir").asText()).endsWith("config");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator/health", "/actuator/prometheus", "/actuator/info", "/actuator"})
    void aBureauClerkIsRefusedInChinese(String path) throws Exception {
        HttpResponse<String> answer = doors.basic(CLERK, "GET", path, null);

        assertThat(answer.statusCode()).isEqualTo(403);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("type").asText()).isEqualTo("Forbidden");
        assertThat(body.path("message").asText()).contains("camunda-admin", "metrics");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator/health", "/actuator/prometheus", "/actuator/info"})
    void aStrangerMustLogIn(String path) throws Exception {
        HttpResponse<String> answer = doors.basic(null, "GET", path, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("type").asText()).isEqualTo("Unauthorized");
        assertThat(body.path("message").asText()).contains("HTTP Basic");
    }

    @Test
    void unknownCredentialsAreAStranger() throws Exception {
        // not an existing user: a failed login makes that user wait (LoginThrottle), which would slow the other tests
        HttpResponse<String> answer = doors.basic("opsnobody", "GET", "/actuator/health", null);

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/loggers", "/actuator/heapdump"})
    void nothingElseIsExposed(String path) throws Exception {
        HttpResponse<String> answer = doors.basic(ADMIN, "GET", path, null);

        assertThat(answer.statusCode()).isEqualTo(404);
    }
}
