package cn.duban.forms;

import cn.duban.testing.PostgresWebTest;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.testing.Doors;
import cn.duban.testing.Doors.Door;
import cn.duban.testing.TestUsers;
import cn.duban.ledger.LedgerImporter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bureau clerk working its own progress report tries to write what the engine owns, through both doors: each
 * attempt is a 400 naming the variable, and the task, its variables and duban's tables stay as they were.
 */
@PostgresWebTest
@ExtendWith(OutputCaptureExtension.class)
class ForgeryTest {

    static final String PASSWORD = "Forge-Test-2024!";
    static final String CLERK = "fgclerk";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    LifecycleDriver driver;
    Doors doors;
    Task report;

    @BeforeEach
    void openTheFirstProgressReportOfTheClerksBureau(@TempDir Path folder) {
        driver = new LifecycleDriver(engine, importer, jdbc, folder);
        driver.approvePlan(LifecycleDriver.FIRMS);
        driver.fire(LifecycleDriver.FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        report = driver.task(LifecycleDriver.FIRMS, CommitmentProcess.TASK_FILE_PROGRESS);
        TestUsers.ensure(engine, CLERK, PASSWORD, "gongxin");
        doors = new Doors(port, PASSWORD);
    }

    @AfterEach
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Door.class)
    void aSubmissionCarryingAnEngineOwnedVariableIsRefusedNamingIt(Door door) throws Exception {
        HttpResponse<String> answer = submit(door, "submit-form", validReport().replace("}}", "},\"commitmentId\":{\"value\":\"2024-02-02\",\"type\":\"String\"}}"));

        assertRefused(answer, 400, "commitmentId");
        assertNothingChanged();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Door.class)
    void aLaterDueDateCannotBeSubmitted(Door door) throws Exception {
        HttpResponse<String> answer = submit(door, "complete",
                validReport().replace("}}", "},\"reportDueAt\":{\"value\":\"2024-12-31T18:00:00.000+0800\",\"type\":\"Date\"}}"));

        assertRefused(answer, 400, "reportDueAt");
        assertNothingChanged();
    }

    @Test
    void aReadOnlyFieldSubmittedUnchangedIsAcceptedButChangedIsRefused() throws Exception {
        String title = (String) engine.getTaskService().getVariable(report.getId(), CommitmentProcess.Vars.TITLE);
        HttpResponse<String> changed = submit(Door.REST, "submit-form",
                validReport().replace("}}", "},\"commitmentTitle\":{\"value\":\"改写的名称\",\"type\":\"String\"}}"));
        assertRefused(changed, 400, "commitmentTitle");
        assertNothingChanged();

        HttpResponse<String> unchanged = submit(Door.REST, "submit-form",
                validReport().replace("}}", "},\"commitmentTitle\":{\"value\":" + JSON.writeValueAsString(title) + ",\"type\":\"String\"}}"));
        assertThat(unchanged.statusCode()).as(unchanged.body()).isBetween(200, 299);
        assertThat(reports()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select reporter from progress_report", String.class)).isEqualTo(CLERK);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Door.class)
    void emptyAndNullSubmissionsAreRefusedNamingTheRequiredField(Door door) throws Exception {
        for (String body : new String[] {"", "{}", "{\"variables\":null}", "{\"variables\":{}}", "null"}) {
            HttpResponse<String> answer = submit(door, "submit-form", body);

            assertRefused(answer, 400, "workDone");
            assertThat(answer.body()).as(body).contains("本期完成工作");
        }
        assertNothingChanged();
    }

    @Test
    void lastPeriodsTextDoesNotSatisfyThisPeriodsRequiredFields() throws Exception {
        driver.fileOpenReport(LifecycleDriver.FIRMS, CommitmentProcess.Vars.CUMULATIVE_VALUE, 3);
        driver.fire(LifecycleDriver.FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        report = driver.task(LifecycleDriver.FIRMS, CommitmentProcess.TASK_FILE_PROGRESS);

        HttpResponse<String> answer = submit(Door.REST, "submit-form", "{\"variables\":{\"cumulativeValue\":{\"value\":5,\"type\":\"Long\"}}}");

        assertRefused(answer, 400, "workDone");
        assertThat(reports()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Door.class)
    void aBusinessRuleRefusalIsA400NamingTheFieldWithoutEngineInternals(Door door, CapturedOutput log) throws Exception {
        int before = log.getOut().length();
        HttpResponse<String> answer = submit(door, "submit-form", validReport().replace("\"value\":12", "\"value\":0"));

        assertRefused(answer, 400, "delayReason");
        assertThat(answer.body()).contains("滞后原因").doesNotContain("ENGINE-").doesNotContain(report.getId());
        assertNothingChanged();
        String logged = log.getOut().substring(before);
        assertThat(logged).as("the refusal is one WARN line, not the engine's ERROR with a stack trace")
                .contains("WARN").contains("已拒绝").doesNotContain("ENGINE-16004").doesNotContain("ENGINE-REST-HTTP500")
                .doesNotContain(" ERROR ");
    }

    @Test
    void hostileNumbersAndTextsAreRefusedNamingTheField() throws Exception {
        for (String value : new String[] {"\"NaN\"", "NaN", "Infinity", "\"-Infinity\"", "1e309", "1e20", "\"12abc\"", "true", "{\"a\":1}"}) {
            HttpResponse<String> answer = submit(Door.REST, "submit-form", validReport().replace("\"value\":12,\"type\":\"Long\"", "\"value\":" + value));
            assertRefused(answer, 400, "cumulativeValue");
        }
        for (String text : new String[] {"\"" + "很".repeat(4001) + "\"", "\"a\\u0000b\"", "\"\\u202Egnp.exe\"", "42"}) {
            HttpResponse<String> answer = submit(Door.REST, "submit-form", validReport().replace("\"推进入规培育，走访企业\"", text));
            assertRefused(answer, 400, "workDone");
        }
        HttpResponse<String> serialized = submit(Door.REST, "submit-form", validReport().replace("\"type\":\"Long\"",
                "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}"));
        assertRefused(serialized, 400, "cumulativeValue");
        assertNothingChanged();
    }

    @Test
    void aTaskThatDoesNotExistIsNotFound() throws Exception {
        HttpResponse<String> answer = doors.json(Door.REST, CLERK, "POST", "/task/no-such-task/submit-form", validReport());

        assertRefused(answer, 404, "taskId");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Door.class)
    void otherDoorsToTheVariablesAreClosed(Door door) throws Exception {
        String instance = report.getProcessInstanceId();
        assertRefused(doors.json(door, CLERK, "PUT", "/task/" + report.getId() + "/variables/dispatchMode",
                "{\"value\":\"monthly\",\"type\":\"String\"}"), 400, "dispatchMode");
        assertRefused(doors.json(door, CLERK, "PUT", "/task/" + report.getId() + "/localVariables/reportDueAt",
                "{\"value\":\"2024-12-31T18:00:00.000+0800\",\"type\":\"Date\"}"), 400, "reportDueAt");
        assertRefused(doors.json(door, CLERK, "POST", "/task/" + report.getId() + "/variables",
                "{\"modifications\":{\"rating\":{\"value\":\"green\"}}}"), 400, "rating");
        assertRefused(doors.json(door, CLERK, "POST", "/process-instance/" + instance + "/variables",
                "{\"modifications\":{\"commitmentId\":{\"value\":\"2024-02-02\"}}}"), 400, "commitmentId");
        assertRefused(doors.json(door, CLERK, "DELETE", "/process-instance/" + instance + "/variables/leadBureau", null),
                400, "leadBureau");
        assertRefused(doors.json(door, CLERK, "POST", "/message",
                "{\"messageName\":\"ChangeRequested\",\"processInstanceId\":\"" + instance + "\",\"processVariables\":{\"changeNewDeadline\":{\"value\":\"2025-12-31\"}}}"),
                400, "changeNewDeadline");
        assertRefused(doors.json(door, CLERK, "POST", "/message", "{\"messageName\":\"ChangeRequested\",\"processInstanceId\":\""
                + instance + "\",\"processVariables\":{},\"processVariables\":{\"rating\":{\"value\":\"green\"}}}"),
                400, "processVariables");
        assertRefused(submit(door, "submit-form", validReport().replace("}}", "},\"workDone\":{\"value\":\"第二遍\",\"type\":\"String\"}}")),
                400, "workDone");
        assertRefused(doors.json(door, CLERK, "POST", "/signal",
                "{\"name\":\"any\",\"variables\":{\"dispatchMode\":{\"value\":\"monthly\"}}}"), 400, "dispatchMode");
        assertRefused(doors.json(door, CLERK, "POST", "/process-instance/" + instance + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_FileProgress\",\"variables\":{\"rating\":{\"value\":\"green\"}}}]}"),
                400, "rating");
        assertNothingChanged();
    }

    private String validReport() {
        return "{\"variables\":{\"cumulativeValue\":{\"value\":12,\"type\":\"Long\"},\"workDone\":{\"value\":\"推进入规培育，走访企业\",\"type\":\"String\"},"
                + "\"nextSteps\":{\"value\":\"继续培育\",\"type\":\"String\"}}}";
    }

    private HttpResponse<String> submit(Door door, String action, String body) throws Exception {
        return doors.json(door, CLERK, "POST", "/task/" + report.getId() + "/" + action, body);
    }

    private void assertRefused(HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("message").asText()).as(answer.body()).containsPattern("\\p{IsHan}")
                .doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("SQL");
        if (field != null) {
            assertThat(body.path("field").asText()).as(answer.body()).isEqualTo(field);
        }
    }

    private void assertNothingChanged() {
        assertThat(engine.getTaskService().createTaskQuery().taskId(report.getId()).count()).as("task still open").isOne();
        assertThat(reports()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from rating_record", Integer.class)).isZero();
        var variables = engine.getRuntimeService().getVariables(report.getProcessInstanceId());
        assertThat(variables.get(CommitmentProcess.Vars.COMMITMENT_ID)).isEqualTo(LifecycleDriver.FIRMS);
        assertThat(variables).doesNotContainKeys(CommitmentProcess.Vars.RATING, CommitmentProcess.Vars.WORK_DONE);
    }

    private int reports() {
        return jdbc.queryForObject("select count(*) from progress_report", Integer.class);
    }

}
