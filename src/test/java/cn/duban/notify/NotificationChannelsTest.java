package cn.duban.notify;

import static cn.duban.commitment.LifecycleDriver.FIRMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.Doors;
import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 催办通知 end to end: a commitment's events reach the bureau in duban's inbox, on a 企业微信 robot, on a signed 钉钉
 * robot and by e-mail — each a real local server started here — and a robot that is down costs retries and an
 * incident, never the bureau's report.
 */
@PostgresWebTest
// counts toward ProcessCoverageSummaryTest: this is the test that covers notification-delivery
@Import(ProcessEngineCoverageConfiguration.class)
class NotificationChannelsTest {

    static final RobotServer robots = new RobotServer();
    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final String DINGTALK_SECRET = "SEC-test-0123456789abcdef";
    static final String BASE_URL = "https://duban.example.gov.cn";
    static final String PASSWORD = "Notify-Test-Passw0rd";
    static final Path routingFile;

    static {
        smtp.start();
        try {
            routingFile = Files.createTempFile("notifications", ".yaml");
            Files.writeString(routingFile, """
                    notifications:
                      base-url: %s/
                      mail-from: duban@example.gov.cn
                      routes:
                        - {to: gongxin, channel: wecom, address: "http://127.0.0.1:${TEST_ROBOT_PORT}/cgi-bin/webhook/send?key=${DUBAN_WECOM_KEY_GONGXIN}"}
                        - {to: gongxin, channel: email, address: gongxin@example.gov.cn, events: [report-opened, reminder]}
                        - to: gongxin
                          channel: dingtalk
                          address: "http://127.0.0.1:${TEST_ROBOT_PORT}/robot/send?access_token=${DUBAN_DINGTALK_TOKEN}"
                          secret: "${DUBAN_DINGTALK_SECRET}"
                          format: markdown
                          events: [reminder]
                    """.formatted(BASE_URL));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("duban.notifications.routing-file", routingFile::toString);
        registry.add("TEST_ROBOT_PORT", robots::port);
        registry.add("DUBAN_WECOM_KEY_GONGXIN", () -> "wecom-key-gongxin");
        registry.add("DUBAN_DINGTALK_TOKEN", () -> "dingtalk-token");
        registry.add("DUBAN_DINGTALK_SECRET", () -> DINGTALK_SECRET);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    LifecycleDriver driver;

    @BeforeEach
    void commitmentWithApprovedPlan() throws Exception {
        jdbc.execute("delete from notification");
        robots.clear();
        smtp.purgeEmailFromAllMailboxes();
        driver = new LifecycleDriver(engine, importer, jdbc, folder);
        driver.approvePlan(FIRMS);
    }

    @AfterEach
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @Test
    void reportPeriodOpeningReachesTheBureauInAppOnItsWecomRobotAndByMail() throws Exception {
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        Task report = driver.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS);
        String period = (String) engine.getTaskService().getVariable(report.getId(), CommitmentProcess.Vars.REPORT_PERIOD);
        String due = TaskNotifications.due(report.getDueDate());
        String text = "【填报提醒】2024-02-01「新增规上工业企业15家」：" + period + " 进度填报已开始，请于 " + due + " 前报送。";
        String link = BASE_URL + "/camunda/app/tasklist/default/#/?task=" + report.getId();

        assertThat(statusByChannel()).containsOnly(Map.entry("IN_APP", "SENT"), Map.entry("WECOM", "PENDING"),
                Map.entry("EMAIL", "PENDING"));
        assertThat(robots.received()).as("nothing is sent in the event's own transaction").isEmpty();

        deliverAll();

        assertThat(robots.receivedAt("/cgi-bin/webhook/send")).singleElement().satisfies(request -> {
            assertThat(request.query()).isEqualTo("key=wecom-key-gongxin");
            assertThat(request.contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(json.readTree(request.body())).isEqualTo(json.readTree(json.writeValueAsString(
                    Map.of("msgtype", "text", "text", Map.of("content", text + "\n办理：" + link)))));
        });
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("【督办】【填报提醒】2024-02-01 新增规上工业企业15家");
        assertThat(mails[0].getHeader("Subject")[0]).as("the subject is encoded as UTF-8").containsIgnoringCase("=?UTF-8?");
        assertThat(mails[0].getAllRecipients()).extracting(Object::toString).containsExactly("gongxin@example.gov.cn");
        assertThat(mails[0].getFrom()).extracting(Object::toString).containsExactly("duban@example.gov.cn");
        assertThat(mails[0].getMessageID()).isEqualTo("<notification-" + idOf("EMAIL") + "@duban>");
        assertThat(((String) mails[0].getContent()).replace("\r\n", "\n")).isEqualTo(text + "\n办理：" + link);
        assertThat(statusByChannel()).containsOnly(Map.entry("IN_APP", "SENT"), Map.entry("WECOM", "SENT"),
                Map.entry("EMAIL", "SENT"));
    }

    @Test
    void reminderReachesTheSignedDingtalkRobotAsMarkdown() throws Exception {
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        deliverAll();
        robots.clear();

        driver.fire(FIRMS, CommitmentProcess.EVENT_REMINDER_DUE);
        Task report = driver.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS);
        deliverAll();

        assertThat(robots.receivedAt("/robot/send")).singleElement().satisfies(request -> {
            Map<String, String> query = Stream.of(request.query().split("&")).map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
            assertThat(query).containsEntry("access_token", "dingtalk-token").containsKeys("timestamp", "sign");
            long timestamp = Long.parseLong(query.get("timestamp"));
            assertThat(timestamp).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
            assertThat(URLDecoder.decode(query.get("sign"), StandardCharsets.UTF_8)).isEqualTo(dingtalkSignature(timestamp));
            JsonNode body = json.readTree(request.body());
            assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
            assertThat(body.path("markdown").path("title").asText()).isEqualTo("【催办】2024-02-01 新增规上工业企业15家");
            assertThat(body.path("markdown").path("text").asText())
                    .startsWith("**【催办】2024-02-01 新增规上工业企业15家**\n\n【催办】2024-02-01「新增规上工业企业15家」：")
                    .contains("进度尚未报送，请于 ")
                    .endsWith("[在 Tasklist 中办理](" + BASE_URL + "/camunda/app/tasklist/default/#/?task=" + report.getId() + ")");
        });
        assertThat(robots.receivedAt("/cgi-bin/webhook/send")).as("the wecom route carries every kind").hasSize(1);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("【督办】【填报提醒】2024-02-01 新增规上工业企业15家", "【督办】【催办】2024-02-01 新增规上工业企业15家");
    }

    @Test
    void robotThatIsDownIsTriedThreeTimesThenRaisesAnIncidentAndResolvingItSendsOnce() throws Exception {
        robots.down();
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        Job job = deliveryJob(idOf("WECOM"));

        for (int attempt = 1; attempt <= 3; attempt++) {
            String jobId = job.getId();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).hasMessageContaining("HTTP 503");
        }

        Job failed = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
        assertThat(failed.getRetries()).isZero();
        Incident incident = engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(failed.getProcessInstanceId()).singleResult();
        assertThat(incident).as("an incident in Cockpit after the third try").isNotNull();
        assertThat(incident.getIncidentMessage()).contains("企业微信机器人返回 HTTP 503");
        assertThat(jdbc.queryForMap("select status, attempts, last_error from notification where id = ?", idOf("WECOM")))
                .containsEntry("status", "FAILED").containsEntry("attempts", 3)
                .containsEntry("last_error", "企业微信机器人返回 HTTP 503");
        // the bureau files its report while its robot is down
        driver.fileOpenReport(FIRMS, CommitmentProcess.Vars.CUMULATIVE_VALUE, 3);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(FIRMS)
                .taskDefinitionKey(CommitmentProcess.TASK_FILE_PROGRESS).count()).as("the report went through").isZero();
        assertThat(statusByChannel()).containsEntry("EMAIL", "PENDING");

        robots.up();
        engine.getManagementService().setJobRetries(job.getId(), 1);
        engine.getManagementService().executeJob(job.getId());

        assertThat(robots.receivedAt("/cgi-bin/webhook/send")).hasSize(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().incidentId(incident.getId()).count()).isZero();
        assertThat(jdbc.queryForMap("select status, attempts from notification where id = ?", idOf("WECOM")))
                .containsEntry("status", "SENT").containsEntry("attempts", 4);
    }

    @Test
    void sentNotificationIsNotSentAgainWhenItsDeliveryRunsOnceMore() {
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        deliverAll();
        long wecom = idOf("WECOM");

        // as if the engine ran the delivery again, e.g. after a crash before its job was recorded as done
        engine.getRuntimeService().startProcessInstanceByKey(DeliveryProcess.KEY, DeliveryProcess.businessKey(wecom),
                Map.of(DeliveryProcess.NOTIFICATION_ID, wecom));
        deliverAll();

        assertThat(robots.receivedAt("/cgi-bin/webhook/send")).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void bureauClerkSeesUnreadNotificationsAndMarksOneReadForThemselvesOnly() throws Exception {
        TestUsers.ensure(engine, "ntfclerk1", PASSWORD, "gongxin");
        TestUsers.ensure(engine, "ntfclerk2", PASSWORD, "gongxin");
        TestUsers.ensure(engine, "ntfnongye", PASSWORD, "nongye");
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        driver.fire(FIRMS, CommitmentProcess.EVENT_REMINDER_DUE);
        Doors doors = new Doors(port, PASSWORD);

        JsonNode inbox = json.readTree(doors.basic("ntfclerk1", "GET", "/duban/api/notifications", null).body());
        assertThat(inbox.path("unread").asInt()).isEqualTo(2);
        assertThat(inbox.path("notifications")).extracting(n -> n.path("kind").asText()).containsExactly("REMINDER", "REPORT_OPENED");
        JsonNode reminder = inbox.path("notifications").get(0);
        assertThat(reminder.path("title").asText()).isEqualTo("【催办】2024-02-01 新增规上工业企业15家");
        assertThat(reminder.path("link").asText()).startsWith("/camunda/app/tasklist/default/#/?task=");
        assertThat(reminder.path("read").asBoolean()).isFalse();

        HttpResponse<String> read = doors.webapp("ntfclerk1", "POST", "/duban/api/notifications/" + reminder.path("id").asLong() + "/read");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(json.readTree(read.body()).path("unread").asInt()).isEqualTo(1);

        assertThat(json.readTree(doors.basic("ntfclerk1", "GET", "/duban/api/notifications", null).body())
                .path("notifications").get(0).path("read").asBoolean()).isTrue();
        assertThat(json.readTree(doors.basic("ntfclerk2", "GET", "/duban/api/notifications", null).body())
                .path("unread").asInt()).as("a colleague's own count").isEqualTo(2);
        assertThat(json.readTree(doors.basic("ntfnongye", "GET", "/duban/api/notifications", null).body())
                .path("unread").asInt()).as("another bureau").isZero();
        assertThat(doors.basic("ntfnongye", "POST", "/duban/api/notifications/" + reminder.path("id").asLong() + "/read", null)
                .statusCode()).isEqualTo(404);
        assertThat(doors.basic(null, "GET", "/duban/api/notifications", null).statusCode()).isEqualTo(401);
    }

    private void deliverAll() {
        for (Job job : engine.getManagementService().createJobQuery().processDefinitionKey(DeliveryProcess.KEY).executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private Job deliveryJob(long notificationId) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(DeliveryProcess.businessKey(notificationId)).singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    }

    private Map<String, String> statusByChannel() {
        return jdbc.queryForList("select channel, status from notification").stream()
                .collect(Collectors.toMap(row -> (String) row.get("channel"), row -> (String) row.get("status"),
                        (a, b) -> a.equals(b) ? a : a + "," + b));
    }

    private long idOf(String channel) {
        List<Long> ids = jdbc.queryForList("select id from notification where channel = ? order by id desc", Long.class, channel);
        assertThat(ids).as("notifications on %s", channel).isNotEmpty();
        return ids.get(0);
    }

    /** 钉钉's documented signature, computed here independently of duban's code. */
    private static String dingtalkSignature(long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + DINGTALK_SECRET).getBytes(StandardCharsets.UTF_8)));
    }
}
