package cn.duban.records;

import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.identity.Roles;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.Doors;
import cn.duban.testing.Doors.Door;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who writes comments and attachments, through both doors: the engine REST API (HTTP Basic) and the webapps' API
 * (session login and CSRF token, as Tasklist sends it). Every refusal is 403 with duban's Chinese body, and the
 * record is afterwards exactly as it was. The task is 工信局's 制定实施方案 of the fixture's 2024-02-01.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentAndAttachmentRulesTest {

    static final String PASSWORD = "Records-Test-Passw0rd";
    static final String CLERK = "rcclerk";
    static final String COLLEAGUE = "rccolleague";
    static final String FOREIGN_CLERK = "rcforeign";
    static final String SUPERVISOR = "rcsupervisor";
    static final String LEADER = "rcleader";
    static final String AUDITOR = "rcauditor";
    static final String ADMIN = "rcadmin";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path folder;

    Doors doors;
    LifecycleDriver driver;
    TaskService tasks;
    String task;
    String instance;

    @BeforeAll
    void createOneUserPerRole() {
        doors = new Doors(port, PASSWORD);
        tasks = engine.getTaskService();
        user(CLERK, "gongxin");
        user(COLLEAGUE, "gongxin");
        user(FOREIGN_CLERK, "nongye");
        user(SUPERVISOR, Roles.SUPERVISION_OFFICE);
        user(LEADER, "ldgongye", Roles.LEADERS);
        user(AUDITOR, Roles.AUDITORS);
        user(ADMIN, Roles.ADMINISTRATORS);
    }

    @BeforeEach
    void importTheFixtureLedger() {
        driver = new LifecycleDriver(engine, importer, jdbc, folder);
        task = driver.task(LifecycleDriver.FIRMS, CommitmentProcess.TASK_WRITE_PLAN).getId();
        instance = driver.instanceId(LifecycleDriver.FIRMS);
    }

    @AfterAll
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void onlyThoseWhoMayWorkTheTaskAndTheSupervisionOfficeComment(Door door) throws Exception {
        for (String outsider : List.of(AUDITOR, LEADER, FOREIGN_CLERK)) {
            assertRefused(comment(door, outsider, "{\"message\":\"审计意见\"}"), "只有可办理此任务的人员");
        }
        assertThat(tasks.getTaskComments(task)).isEmpty();

        assertThat(comment(door, CLERK, "{\"message\":\"已开始摸排\"}").statusCode()).isEqualTo(200);
        assertThat(comment(door, SUPERVISOR, "{\"message\":\"请于周五前提交\"}").statusCode()).isEqualTo(200);
        assertThat(tasks.getTaskComments(task)).extracting(Comment::getUserId).containsExactlyInAnyOrder(CLERK, SUPERVISOR);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aCommentOnATaskStaysInTheTasksOwnInstance(Door door) throws Exception {
        String foreignInstance = driver.instanceId("2024-02-02");

        assertRefused(comment(door, CLERK, "{\"message\":\"写到别处\",\"processInstanceId\":\"" + foreignInstance + "\"}"),
                "任务所属的流程实例");

        assertThat(tasks.getProcessInstanceComments(foreignInstance)).isEmpty();
        assertThat(tasks.getTaskComments(task)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void nobodyRewritesOrDeletesAnotherPersonsComment(Door door) throws Exception {
        String supervisors = id(comment(door, SUPERVISOR, "{\"message\":\"请补充联系人\"}"));
        String clerks = id(comment(door, CLERK, "{\"message\":\"已补充\"}"));

        assertRefused(update(door, CLERK, supervisors, "督查室同意"), "他人的评论");
        assertRefused(delete(door, CLERK, supervisors), "他人的评论");
        assertRefused(update(door, COLLEAGUE, clerks, "改成别的"), "他人的评论");
        assertRefused(delete(door, COLLEAGUE, clerks), "他人的评论");
        assertThat(tasks.getTaskComment(task, supervisors).getFullMessage()).isEqualTo("请补充联系人");
        assertThat(tasks.getTaskComment(task, clerks).getFullMessage()).isEqualTo("已补充");

        assertThat(update(door, CLERK, clerks, "已补充联系人王科长").statusCode()).isEqualTo(204);
        assertThat(tasks.getTaskComment(task, clerks).getFullMessage()).isEqualTo("已补充联系人王科长");
        assertThat(delete(door, CLERK, clerks).statusCode()).isEqualTo(204);
        assertThat(tasks.getTaskComment(task, clerks)).isNull();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anEngineWrittenReminderIsChangedOnlyByAnAdministratorAndTheLogSaysWho(Door door) throws Exception {
        // written as dispatch/SendReminder writes it: by the engine, no user
        String reminder = tasks.createComment(task, instance, "催办：2024-01 进度请于 2024-02-05 18:00 前报送").getId();

        for (String anyone : List.of(CLERK, SUPERVISOR)) {
            assertRefused(update(door, anyone, reminder, "已办"), "系统写入的评论");
            assertRefused(delete(door, anyone, reminder), "系统写入的评论");
        }
        assertThat(tasks.getTaskComment(task, reminder).getFullMessage()).startsWith("催办：2024-01");

        assertThat(update(door, ADMIN, reminder, "催办（更正）：2024-01 进度请于 2024-02-06 18:00 前报送").statusCode()).isEqualTo(204);
        assertThat(delete(door, ADMIN, reminder).statusCode()).isEqualTo(204);
        assertThat(tasks.getTaskComment(task, reminder)).isNull();
        assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(task).userId(ADMIN).list())
                .extracting(UserOperationLogEntry::getOperationType)
                .contains(UserOperationLogEntry.OPERATION_TYPE_UPDATE_COMMENT, UserOperationLogEntry.OPERATION_TYPE_DELETE_COMMENT);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void deletingAllCommentsAndChangingAnInstancesCommentsIsForAdministrators(Door door) throws Exception {
        String clerks = id(comment(door, CLERK, "{\"message\":\"已开始\"}"));

        assertRefused(doors.send(door, CLERK, "DELETE", "/task/" + task + "/comment", null, null), "全部评论");
        assertRefused(doors.send(door, CLERK, "DELETE", "/process-instance/" + instance + "/comment/" + clerks, null, null),
                "流程实例上的评论");
        assertRefused(doors.send(door, CLERK, "DELETE", "/process-instance/" + instance + "/comment", null, null), "流程实例上的评论");
        assertRefused(doors.json(door, SUPERVISOR, "PUT", "/process-instance/" + instance + "/comment",
                "{\"id\":\"" + clerks + "\",\"message\":\"改\"}"), "流程实例上的评论");

        assertThat(tasks.getTaskComment(task, clerks).getFullMessage()).isEqualTo("已开始");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void filesEnterAsEvidenceNotThroughTheEnginesAttachmentsWhichOnlyTheirUploaderRemovesWhileTheTaskIsOpen(Door door)
            throws Exception {
        assertRefused(doors.attach(door, AUDITOR, task, "审计.txt"), "只有可办理此任务的人员");
        assertRefused(doors.attach(door, LEADER, task, "领导.txt"), "只有可办理此任务的人员");
        assertRefused(doors.attach(door, CLERK, task, "实施方案.txt"), "请作为佐证材料上传");
        assertThat(tasks.getTaskAttachments(task)).isEmpty();
        // an administrator still may; the rules for removing attachments hold for theirs
        String kept = id(doors.attach(door, ADMIN, task, "实施方案.txt"));
        String draft = id(doors.attach(door, ADMIN, task, "草稿.txt"));

        for (String other : List.of(SUPERVISOR, AUDITOR, CLERK)) {
            assertRefused(deleteAttachment(door, other, kept), "上传者本人");
        }
        assertThat(deleteAttachment(door, ADMIN, draft).statusCode()).isEqualTo(204);
        assertThat(tasks.getTaskAttachments(task)).extracting(Attachment::getId).containsExactly(kept);

        driver.submitPlan(LifecycleDriver.FIRMS);

        assertRefused(deleteAttachment(door, ADMIN, kept), "任务已办结");
        assertThat(tasks.getTaskAttachment(task, kept).getName()).isEqualTo("实施方案.txt");
    }

    @Test
    void cockpitsPluginApiAnswersOnlyThoseWithCockpitAccess() throws Exception {
        String count = "/camunda/api/cockpit/plugin/base/default/process-instance/count";

        HttpResponse<String> clerk = doors.webapp(CLERK, "GET", count);
        assertRefused(clerk, "Cockpit");

        assertThat(doors.webapp(SUPERVISOR, "GET", count).statusCode()).isEqualTo(200);
        assertThat(doors.webapp(AUDITOR, "GET", count).statusCode()).isEqualTo(200);
        assertThat(doors.webapp(ADMIN, "GET", count).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> comment(Door door, String user, String body) throws Exception {
        return doors.json(door, user, "POST", "/task/" + task + "/comment/create", body);
    }

    private HttpResponse<String> update(Door door, String user, String commentId, String message) throws Exception {
        return doors.json(door, user, "PUT", "/task/" + task + "/comment", "{\"id\":\"" + commentId + "\",\"message\":\"" + message + "\"}");
    }

    private HttpResponse<String> delete(Door door, String user, String commentId) throws Exception {
        return doors.send(door, user, "DELETE", "/task/" + task + "/comment/" + commentId, null, null);
    }

    private HttpResponse<String> deleteAttachment(Door door, String user, String attachmentId) throws Exception {
        return doors.send(door, user, "DELETE", "/task/" + task + "/attachment/" + attachmentId, null, null);
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).startsWith("{\"type\":\"Forbidden\",\"message\":\"").contains(reason);
    }

    private static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return created.body().replaceFirst("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    }

    private void user(String id, String... groups) {
        TestUsers.ensure(engine, id, PASSWORD, groups);
    }
}
