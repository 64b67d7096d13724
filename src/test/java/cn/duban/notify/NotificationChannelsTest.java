package cn.duban.notify;

import static cn.duban.commitment.LifecycleDriver.FIRMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.evidence.EvidenceService;
import cn.duban.ledger.LedgerImporter;
import cn.duban.scorecard.ScorecardProcess;
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
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
    @Autowired
    EvidenceService evidence;
    @Autowired
    Outbox outbox;
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
    void aDeliveryAnotherJobExecutorIsSendingIsLeftToItAndTakenOverOnlyOnceItsClaimIsStale() {
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        long wecom = idOf("WECOM");
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Notifications.BEIJING);
        // another node's job for the same row, run twice because it outlived its lock, is sending right now
        assertThat(outbox.claim(wecom, now, now.minusMinutes(5))).isTrue();

        Job job = deliveryJob(wecom);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                .hasMessageContaining("正由另一个作业执行器发送");
        assertThat(robots.receivedAt("/cgi-bin/webhook/send")).isEmpty();
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class, wecom)).isEqualTo("PENDING");

        // the other node died before sending: once its claim is as old as a job lock, the retry takes over and sends once
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));
        engine.getManagementService().executeJob(deliveryJob(wecom).getId());
        assertThat(robots.receivedAt("/cgi-bin/webhook/send")).hasSize(1);
        assertThat(outbox.claim(wecom, now.plusMinutes(20), now.plusMinutes(15))).as("a sent row is never claimed again").isFalse();
    }

    @Test
    void escalationTellsTheSupervisionOfficeTheBureauAndItsLeaderAndTheNoticeReachesTheTaskForce() {
        driver.reportValue(FIRMS, 0.9, CommitmentProcess.Vars.DELAY_REASON, "春节前企业申报放缓");
        driver.reportValue(FIRMS, 1, CommitmentProcess.Vars.DELAY_REASON, "两家企业产值未达标");
        Task issue = driver.task(FIRMS, CommitmentProcess.TASK_ISSUE_NOTICE);
        driver.complete(FIRMS, CommitmentProcess.TASK_ISSUE_NOTICE, CommitmentProcess.Vars.NOTICE_REQUIREMENTS,
                "一周内制定整改方案，每周报送进度", CommitmentProcess.Vars.NOTICE_DUE_DATE, "2024-03-20");
        Task corrective = driver.task(FIRMS, CommitmentProcess.TASK_CORRECTIVE_PLAN);

        assertThat(jdbc.queryForList("select kind, recipient, link from notification where channel = 'IN_APP' "
                + "and kind in ('ESCALATED', 'SUPERVISION_NOTICE') order by id, recipient")).extracting(
                row -> row.get("kind") + " " + row.get("recipient") + " " + row.get("link")).containsExactlyInAnyOrder(
                "ESCALATED duchashi /camunda/app/tasklist/default/#/?task=" + issue.getId(),
                "ESCALATED gongxin /duban/commitment.html?id=2024-02-01",
                "ESCALATED ldgongye /duban/commitment.html?id=2024-02-01",
                "SUPERVISION_NOTICE ldgongye /camunda/app/tasklist/default/#/?task=" + corrective.getId(),
                "SUPERVISION_NOTICE gongxin /camunda/app/tasklist/default/#/?task=" + corrective.getId());
        assertThat(jdbc.queryForObject("select body from notification where kind = 'SUPERVISION_NOTICE' and recipient = 'gongxin' "
                + "and channel = 'IN_APP'", String.class)).isEqualTo("【督办单】2024-02-01「新增规上工业企业15家」：区政府督查室已下发督办单，"
                + "要求：一周内制定整改方案，每周报送进度。请专班于 2024-03-20 前报送整改方案。");
    }

    @Test
    void returnedAndThenApprovedClosureIsToldToTheLeadBureau() {
        TestUsers.ensure(engine, "ntfclerk1", PASSWORD, "gongxin");
        TestUsers.ensure(engine, "ntfsupervisor", PASSWORD, CommitmentProcess.SUPERVISION_OFFICE);
        driver.reportValue(FIRMS, 15);
        applyForClosure();
        driver.claimAndComplete(FIRMS, CommitmentProcess.TASK_VERIFY_CLOSURE, "ntfsupervisor",
                CommitmentProcess.Vars.CLOSURE_DECISION, "return", CommitmentProcess.Vars.CLOSURE_COMMENT, "缺少统计局盖章名单");
        driver.reportValue(FIRMS, 15);
        applyForClosure();
        driver.claimAndComplete(FIRMS, CommitmentProcess.TASK_VERIFY_CLOSURE, "ntfsupervisor",
                CommitmentProcess.Vars.CLOSURE_DECISION, "approve");

        assertThat(jdbc.queryForList("select kind, recipient, body, link from notification where channel = 'IN_APP' "
                + "and kind in ('CLOSURE_RETURNED', 'CLOSURE_APPROVED') order by id")).satisfiesExactly(
                returned -> assertThat(returned).containsEntry("recipient", "gongxin")
                        .containsEntry("body", "【办结申请退回】2024-02-01「新增规上工业企业15家」：办结申请被督查室退回，意见：缺少统计局盖章名单。"
                                + "请继续按月报送进度，补充佐证材料后重新申请。")
                        .containsEntry("link", "/duban/commitment.html?id=2024-02-01"),
                approved -> assertThat(approved).containsEntry("recipient", "gongxin")
                        .containsEntry("body", "【办结销号】2024-02-01「新增规上工业企业15家」：办结申请已通过区政府督查室核验，事项已办结销号。")
                        .containsEntry("link", "/duban/commitment.html?id=2024-02-01"));
    }

    @Test
    void publishedScorecardIsToldToEveryBureauAndTheBottomOnesAreAskedToExplain() {
        for (String commitment : List.of("2024-02-02", LifecycleDriver.TAX_GROWTH, LifecycleDriver.SPORTS_PARK)) {
            driver.approvePlan(commitment);
        }
        driver.reportValue(FIRMS, 3);
        driver.fire("2024-02-02", CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        driver.fileOpenReport("2024-02-02", CommitmentProcess.Vars.CUMULATIVE_VALUE, 0.0,
                CommitmentProcess.Vars.DELAY_REASON, "冬季不具备施工条件");
        driver.at("2024-03-06T09:00");
        var run = engine.getRuntimeService().startProcessInstanceByKey(ScorecardProcess.KEY,
                Map.of(ScorecardProcess.Vars.PERIOD, "2024-02"));
        long scorecardId = ((Number) engine.getRuntimeService().getVariable(run.getId(), ScorecardProcess.Vars.SCORECARD_ID)).longValue();
        completeScorecardTask(run.getId(), ScorecardProcess.TASK_REVIEW, Map.of(ScorecardProcess.Vars.REVIEW_DECISION, "submit",
                ScorecardProcess.Vars.REVIEW_COMMENT, "已核对", ScorecardProcess.Vars.ADJUSTMENTS, ""));
        completeScorecardTask(run.getId(), ScorecardProcess.TASK_APPROVE, Map.of(ScorecardProcess.Vars.APPROVAL_DECISION, "approve",
                ScorecardProcess.Vars.APPROVAL_COMMENT, "同意发布"));

        List<String> bureaus = jdbc.queryForList("select id from bureau order by id", String.class);
        assertThat(jdbc.queryForList("select recipient from notification where channel = 'IN_APP' and kind = 'SCORECARD_PUBLISHED' "
                + "order by recipient", String.class)).isEqualTo(bureaus);
        assertThat(jdbc.queryForList("select distinct link from notification where kind = 'SCORECARD_PUBLISHED'", String.class))
                .containsExactly("/duban/scorecard.html?id=" + scorecardId);
        List<Task> explanations = engine.getTaskService().createTaskQuery().taskDefinitionKey(ScorecardProcess.TASK_EXPLAIN).list();
        assertThat(explanations).isNotEmpty();
        assertThat(jdbc.queryForList("select link from notification where channel = 'IN_APP' and kind = 'SCORECARD_EXPLANATION'",
                String.class)).containsExactlyInAnyOrderElementsOf(explanations.stream()
                .map(task -> "/camunda/app/tasklist/default/#/?task=" + task.getId()).toList());
        assertThat(jdbc.queryForList("select body from notification where kind = 'SCORECARD_EXPLANATION'", String.class))
                .allSatisfy(body -> assertThat(body).startsWith("【晾晒成绩单】2024年2月晾晒成绩单已发布，贵单位排名靠后，请于 "));
    }

    private void completeScorecardTask(String processInstanceId, String key, Map<String, Object> values) {
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(key).singleResult().getId(), values);
    }

    private void applyForClosure() {
        driver.attachEvidence(evidence, FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE, "ntfclerk1", "gongxin");
        driver.claimAndComplete(FIRMS, CommitmentProcess.TASK_APPLY_CLOSURE, "ntfclerk1",
                CommitmentProcess.Vars.CLOSURE_SUMMARY, "15家企业已全部纳入规上统计", CommitmentProcess.Vars.CLOSURE_EVIDENCE, "统计局入规名单");
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
