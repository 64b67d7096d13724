package cn.duban.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.identity.Roles;
import cn.duban.ledger.LedgerImporter;
import cn.duban.simulation.SimulatedEvidence;
import cn.duban.system.Sha256;
import cn.duban.testing.Doors;
import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 佐证材料 through duban's upload door over real HTTP, on the January report of 新增规上工业企业15家 (工信局): real files
 * are stored once with their hash and a safe name; hostile ones are refused naming the file and the reason, and
 * nothing of their request is stored; another bureau can neither attach nor read; once the report is filed its
 * files are sealed — not even the database lets them change.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvidenceUploadTest {

    static final String PASSWORD = "Evidence-Test-Passw0rd";
    static final String FIRMS = LifecycleDriver.FIRMS;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    LifecycleDriver driver;
    String reportTask;

    @BeforeAll
    void theJanuaryReportIsOpen(@TempDir Path folder) {
        driver = new LifecycleDriver(engine, importer, jdbc, folder);
        TestUsers.ensure(engine, "evgongxin", PASSWORD, "gongxin");
        TestUsers.ensure(engine, "evnongye", PASSWORD, "nongye");
        TestUsers.ensure(engine, "evsupervisor", PASSWORD, Roles.SUPERVISION_OFFICE);
        driver.approvePlan(FIRMS);
        driver.fire(FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        reportTask = driver.task(FIRMS, CommitmentProcess.TASK_FILE_PROGRESS).getId();
        engine.getTaskService().claim(reportTask, "evgongxin");
    }

    @AfterAll
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @Test
    @Order(1)
    void hostileFilesAreRefusedNamingTheFileAndNothingIsStored() throws Exception {
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        assertRefused(List.of(file("报告.pdf", elf)), 415, "报告.pdf", "可执行程序");
        assertRefused(List.of(file("空白.pdf", new byte[0])), 400, "空白.pdf", "空文件");
        assertRefused(List.of(file("说明.pdf", "只是一段文字".getBytes(StandardCharsets.UTF_8))), 415, "说明.pdf", "按内容识别为 纯文本");
        assertRefused(List.of(file("炸弹.docx", zipBomb())), 415, "炸弹.docx", "压缩炸弹");
        assertRefused(List.of(file("伪装.docx", zipWithout("word/document.xml"))), 415, "伪装.docx", "不是 Word/Excel 文档");
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        byte[] pdf = SimulatedEvidence.pdf("large");
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        assertRefused(List.of(file("超大.pdf", large)), 413, "超大.pdf", "超过单个文件 20.0 MB 的上限");
        // one good file does not get in beside a bad one: all or nothing
        assertRefused(List.of(file("好的.pdf", SimulatedEvidence.pdf("good")), file("坏的.png", elf)), 415, "坏的.png", "可执行程序");
        // the door Tasklist uses: the webapps' session with its CSRF token
        HttpResponse<String> throughTasklist = new Doors(port, PASSWORD).webapp("evgongxin", "POST",
                "/duban/api/tasks/" + reportTask + "/evidence", "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"脚本.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n#!/bin/sh\nrm -rf /\n\r\n--b--\r\n");
        assertThat(throughTasklist.statusCode()).as(throughTasklist.body()).isEqualTo(415);
        assertThat(throughTasklist.body()).contains("脚本.pdf");
        assertThat(jdbc.queryForObject("select count(*) from evidence_file", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from evidence_blob", Integer.class)).isZero();
    }

    @Test
    @Order(2)
    void aPdfAndAPhotoAreStoredOnceWithTheirHashUnderSafeNames() throws Exception {
        byte[] pdf = SimulatedEvidence.pdf("January report");
        byte[] png = SimulatedEvidence.png(FIRMS);
        HttpResponse<String> response = upload("evgongxin", reportTask,
                List.of(file("../../统计局入规名单.pdf", pdf), file("现场\u202Egnp.exe", png)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode files = json.readTree(response.body()).path("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).path("name").asText()).isEqualTo("统计局入规名单.pdf");
        assertThat(files.get(0).path("type").asText()).isEqualTo("PDF");
        assertThat(files.get(0).path("sha256").asText()).isEqualTo(Sha256.hex(pdf));
        assertThat(files.get(1).path("name").asText()).as("no direction override, the true extension")
                .isEqualTo("现场gnp.png");
        assertThat(files.get(1).path("type").asText()).isEqualTo("PNG 图片");
        assertThat(jdbc.queryForMap("select uploaded_by, period, commitment_id, task_id from evidence_file where sha256 = ?",
                Sha256.hex(pdf))).containsEntry("uploaded_by", "evgongxin").containsEntry("period", "2024-01")
                .containsEntry("commitment_id", FIRMS).containsEntry("task_id", reportTask);

        assertRefused(List.of(file("再传一次.pdf", pdf)), 400, "再传一次.pdf", "内容相同");
        assertThat(jdbc.queryForObject("select count(*) from evidence_blob", Integer.class)).isEqualTo(2);
    }

    @Test
    @Order(3)
    void onlyWhoWorksTheTaskAttachesAndOnlyWhoMaySeeTheCommitmentDownloads() throws Exception {
        assertThat(upload("evnongye", reportTask, List.of(file("x.pdf", SimulatedEvidence.pdf("x")))).statusCode()).isEqualTo(403);
        assertThat(upload("evsupervisor", reportTask, List.of(file("x.pdf", SimulatedEvidence.pdf("x")))).statusCode()).isEqualTo(403);
        assertThat(upload(null, reportTask, List.of(file("x.pdf", SimulatedEvidence.pdf("x")))).statusCode()).isEqualTo(401);
        long id = jdbc.queryForObject("select min(id) from evidence_file", Long.class);

        HttpResponse<byte[]> own = download("evgongxin", id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Sha256.hex(own.body())).isEqualTo(jdbc.queryForObject("select sha256 from evidence_file where id = ?", String.class, id));
        assertThat(own.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"evidence-" + id + ".pdf\"").contains("filename*=UTF-8''");
        assertThat(own.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(download("evsupervisor", id).statusCode()).isEqualTo(200);
        assertThat(download("evnongye", id).statusCode()).isEqualTo(403);
        assertThat(download("evgongxin", 999999).statusCode()).isEqualTo(404);

        JsonNode listed = json.readTree(send("evgongxin", "GET", "/duban/api/tasks/" + reportTask + "/evidence").body());
        assertThat(listed.path("mayUpload").asBoolean()).isTrue();
        assertThat(listed.path("files")).hasSize(2);
        assertThat(send("evnongye", "GET", "/duban/api/tasks/" + reportTask + "/evidence").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void filingTheReportSealsItsFiles() throws Exception {
        long second = jdbc.queryForObject("select max(id) from evidence_file", Long.class);
        assertThat(send("evnongye", "DELETE", "/duban/api/evidence/" + second).statusCode()).isEqualTo(403);
        assertThat(send("evgongxin", "DELETE", "/duban/api/evidence/" + second).statusCode()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from evidence_file", Integer.class)).isOne();

        engine.getIdentityService().setAuthenticatedUserId("evgongxin");
        try {
            driver.fileOpenReport(FIRMS, Vars.CUMULATIVE_VALUE, 1.5);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        long first = jdbc.queryForObject("select min(id) from evidence_file", Long.class);
        assertThat(jdbc.queryForObject("select sealed_at is not null from evidence_file where id = ?", Boolean.class, first)).isTrue();
        HttpResponse<String> refused = send("evgongxin", "DELETE", "/duban/api/evidence/" + first);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("已随任务办结归档");
        assertThatThrownBy(() -> jdbc.update("delete from evidence_file where id = ?", first))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("归档");
        assertThatThrownBy(() -> jdbc.update("update evidence_file set file_name = 'x' where id = ?", first))
                .isInstanceOf(DataAccessException.class);
        assertThat(upload("evgongxin", reportTask, List.of(file("晚了.pdf", SimulatedEvidence.pdf("late")))).statusCode())
                .as("the task is done").isEqualTo(404);
    }

    private void assertRefused(List<Part> files, int status, String fileName, String says) throws Exception {
        HttpResponse<String> response = upload("evgongxin", reportTask, files);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("message").asText()).contains("「" + fileName + "」").contains(says).doesNotContain("Exception");
    }

    record Part(String name, byte[] content) {
    }

    private static Part file(String name, byte[] content) {
        return new Part(name, content);
    }

    /** A ZIP with an Office document's table of contents and 200 MB of zeros, a few hundred KB packed. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    private static byte[] zipWithout(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private HttpResponse<String> upload(String user, String taskId, List<Part> files) throws Exception {
        String boundary = "duban-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + part.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(part.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(user, "/duban/api/tasks/" + taskId + "/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> download(String user, long id) throws Exception {
        return http.send(request(user, "/duban/api/evidence/" + id).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(String user, String method, String path) throws Exception {
        return http.send(request(user, path).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
