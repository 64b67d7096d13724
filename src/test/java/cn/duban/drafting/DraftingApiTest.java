package cn.duban.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.identity.Roles;
import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The drafting assistant over real HTTP: the 督查室 and administrators draft a ledger from a report sent as the request
 * body, see every proposal with its place in the text, and download the accepted ones; anyone else is refused, and
 * what is no report gets a Chinese reason and a 4xx.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftingApiTest {

    static final String PASSWORD = "Drafting-Test-Passw0rd";
    static final String REPORT = "青山县2025年政府工作报告\n一、2024年工作回顾\n新建高标准农田2.3万亩。\n二、2025年工作安排\n"
            + "（一）做强特色农业。新建高标准农田2.5万亩，6月底前完成“三区三线”划定工作。\n"
            + "（二）办好民生实事。新增就业1.5万人，启动东丽湖体育公园二期建设。\n";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void users() {
        TestUsers.ensure(engine, "dfsupervisor", PASSWORD, Roles.SUPERVISION_OFFICE);
        TestUsers.ensure(engine, "dfadmin", PASSWORD, Roles.ADMINISTRATORS);
        TestUsers.ensure(engine, "dfgongxin", PASSWORD, "gongxin");
        TestUsers.ensure(engine, "dfauditor", PASSWORD, Roles.AUDITORS);
    }

    @Test
    void theSupervisionOfficeSeesEveryProposalInPlaceWithItsSectionDeadlineAndProposedBureau() throws Exception {
        HttpResponse<byte[]> response = post("dfsupervisor", "", REPORT.getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode draft = json.readTree(response.body());
        assertThat(draft.get("year").asInt()).isEqualTo(2025);
        JsonNode entries = draft.get("entries");
        assertThat(entries).extracting(entry -> entry.get("id").asText())
                .containsExactly("2025-01-01", "2025-01-02", "2025-02-01", "2025-02-02");
        JsonNode farmland = entries.get(0);
        assertThat(farmland.get("target").asText()).isEqualTo("2.5万亩");
        assertThat(farmland.get("sectionName").asText()).isEqualTo("做强特色农业");
        assertThat(farmland.get("lead").asText()).isEqualTo("nongye");
        assertThat(farmland.get("leadName").asText()).isEqualTo("区农业农村委");
        assertThat(REPORT.substring(farmland.get("from").asInt(), farmland.get("to").asInt())).isEqualTo("2.5万亩");
        assertThat(entries.get(1).get("deadline").asText()).isEqualTo("2025-06-30");
        assertThat(entries.get(3).get("kind").asText()).isEqualTo("project");
        assertThat(entries.get(3).get("reason").asText()).contains("2024-01-03");
    }

    @Test
    void theDownloadedLedgerHoldsOnlyTheAcceptedProposals() throws Exception {
        byte[] report = REPORT.getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> yaml = post("dfadmin", "/ledger.yaml?accepted=2025-01-01,2025-02-02", report, "text/plain");
        HttpResponse<byte[]> xlsx = post("dfsupervisor", "/ledger.xlsx?accepted=2025-02-01", report, "application/octet-stream");

        assertThat(yaml.statusCode()).isEqualTo(200);
        Map<String, Object> ledger = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(yaml.body(), StandardCharsets.UTF_8));
        List<String> ids = ((List<?>) ledger.get("commitments")).stream().map(entry -> String.valueOf(((Map<?, ?>) entry).get("id"))).toList();
        assertThat(ids).containsExactly("2025-01-01", "2025-02-02");
        assertThat(yaml.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("台账草稿").getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("台账草稿").getRow(1).getCell(4).getStringCellValue()).isEqualTo("1.5万人");
        }
    }

    @Test
    void bureausAuditorsAndStrangersAreRefused() throws Exception {
        byte[] report = REPORT.getBytes(StandardCharsets.UTF_8);

        assertThat(post("dfgongxin", "", report, "text/plain").statusCode()).isEqualTo(403);
        assertThat(message(post("dfauditor", "/ledger.yaml", report, "text/plain"))).isEqualTo(DraftingController.REFUSED);
        assertThat(post(null, "", report, "text/plain").statusCode()).isEqualTo(401);
    }

    @Test
    void whatIsNoReportGetsAChineseReason() throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("src/main/resources/static/duban/duban.css"));
        byte[] binary = new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00};
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');

        HttpResponse<byte[]> empty = post("dfsupervisor", "", new byte[0], "text/plain");
        HttpResponse<byte[]> zip = post("dfsupervisor", "?name=report.docx", binary, "application/octet-stream");
        HttpResponse<byte[]> css = post("dfsupervisor", "?name=duban.css", docx, "text/plain");
        HttpResponse<byte[]> gbk = post("dfsupervisor", "", "政府工作报告主要任务".getBytes("GBK"), "text/plain");
        HttpResponse<byte[]> large = post("dfsupervisor", "", tooLarge, "text/plain");
        HttpResponse<byte[]> form = post("dfsupervisor", "", REPORT.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(message(empty)).contains("是空的");
        assertThat(zip.statusCode()).isEqualTo(400);
        assertThat(message(zip)).contains("“report.docx”是二进制文件");
        assertThat(css.statusCode()).isEqualTo(400);
        assertThat(message(css)).contains("不是政府工作报告");
        assertThat(message(gbk)).contains("不是 UTF-8 编码");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(message(large)).contains("超过 20 MB");
        assertThat(form.statusCode()).isEqualTo(415);
    }

    private String message(HttpResponse<byte[]> response) throws IOException {
        return json.readTree(response.body()).get("message").asText();
    }

    private HttpResponse<byte[]> post(String user, String path, byte[] body, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/duban/api/drafting" + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
