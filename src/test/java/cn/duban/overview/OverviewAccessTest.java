package cn.duban.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.identity.Roles;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.Doors;
import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import cn.duban.standing.CommitmentStandings;

/**
 * Who sees which rows of 督办总览 over real HTTP, after a spring in which 新增规上工业企业15家 (工信局, co-led by 商务局,
 * 分管 ldgongye) turned red and got a 督办单, 东丽湖体育公园 (文旅局) left its January report unfiled, and the other
 * two never had their plans approved. The supervision office and auditors see all four; a bureau what it leads or
 * co-leads; a leader what they are responsible for. The filters, the Excel download and the overdue tasks obey the same.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewAccessTest {

    static final String PASSWORD = "Overview-Test-Passw0rd";
    static final String FIRMS = LifecycleDriver.FIRMS;
    static final String FARMLAND = "2024-02-02";
    static final String TAX_GROWTH = LifecycleDriver.TAX_GROWTH;
    static final String SPORTS_PARK = LifecycleDriver.SPORTS_PARK;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommitmentStandings standings;
    @Autowired
    OverdueTasks overdueTasks;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void aSpringOfWork(@TempDir Path folder) {
        LifecycleDriver driver = new LifecycleDriver(engine, importer, jdbc, folder);
        driver.approvePlan(SPORTS_PARK);
        driver.fire(SPORTS_PARK, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        driver.at("2024-01-15T10:00");
        driver.approvePlan(FIRMS);
        driver.reportValue(FIRMS, 0.9, Vars.DELAY_REASON, "春节前企业申报放缓");
        driver.reportValue(FIRMS, 1, Vars.DELAY_REASON, "两家企业产值未达标");
        driver.complete(FIRMS, CommitmentProcess.TASK_ISSUE_NOTICE,
                Vars.NOTICE_REQUIREMENTS, "一周内制定整改方案，每周报送进度", Vars.NOTICE_DUE_DATE, "2024-03-20");
        driver.at("2024-03-20T10:00");
        TestUsers.ensure(engine, "ovsupervisor", PASSWORD, Roles.SUPERVISION_OFFICE);
        TestUsers.ensure(engine, "ovauditor", PASSWORD, Roles.AUDITORS);
        TestUsers.ensure(engine, "ovgongxin", PASSWORD, "gongxin");
        TestUsers.ensure(engine, "ovshangwu", PASSWORD, "shangwu");
        TestUsers.ensure(engine, "ovnongye", PASSWORD, "nongye");
        TestUsers.ensure(engine, "ovleader", PASSWORD, "ldgongye", Roles.LEADERS);
    }

    @AfterAll
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @Test
    void theSupervisionOfficeAndAuditorsSeeTheWholeLedgerWithItsCounts() throws Exception {
        JsonNode all = overview("ovsupervisor", "");
        assertThat(ids(all)).containsExactly(FIRMS, FARMLAND, TAX_GROWTH, SPORTS_PARK);
        assertThat(all.path("wholeLedger").asBoolean()).isTrue();
        assertThat(all.at("/counts/rating/red").asInt()).isEqualTo(1);
        assertThat(all.at("/counts/rating/none").asInt()).isEqualTo(3);
        assertThat(all.at("/counts/overdue").asInt()).isEqualTo(1);
        assertThat(all.at("/counts/status/running").asInt()).isEqualTo(4);
        assertThat(ids(overview("ovauditor", ""))).hasSize(4);

        JsonNode firms = row(all, FIRMS);
        assertThat(firms.path("target").asText()).isEqualTo("达到15家");
        assertThat(firms.path("latest").asText()).isEqualTo("1家");
        assertThat(firms.path("ratingLabel").asText()).isEqualTo("红灯");
        assertThat(firms.path("ratingReason").asText()).isNotBlank();
        assertThat(firms.path("bureauName").asText()).isEqualTo("区工信局");
        assertThat(firms.path("coBureaus").asText()).isEqualTo("区商务局");
        assertThat(firms.path("openNotices").asInt()).isEqualTo(1);
        assertThat(firms.path("statusLabel").asText()).isEqualTo("推进中");
        JsonNode park = row(all, SPORTS_PARK);
        assertThat(park.path("daysOverdue").asInt()).isGreaterThan(30);
        assertThat(park.path("mode").asText()).isEqualTo("月报");
    }

    @Test
    void theStandingKeptByTheWritersIsWhatTheirTablesSay() {
        // reports, ratings, periods and 督办单 of the spring's work above went through duban's own writers
        List<Map<String, Object>> kept = StandingRebuild.rebuild(jdbc, standings);
        assertThat(kept).hasSize(4);
        assertThat(jdbc.queryForList("select * from commitment_standing order by commitment_id")).isEqualTo(kept);
        assertThat(kept).anySatisfy(row -> assertThat(row.get("rating")).isEqualTo("red"))
                .anySatisfy(row -> assertThat(row.get("open_notices")).isEqualTo(1))
                .anySatisfy(row -> assertThat(row.get("next_due_at")).isNotNull());
    }

    @Test
    void oneClickFindsTheRedAndTheOverdue() throws Exception {
        assertThat(ids(overview("ovsupervisor", "?rating=red"))).containsExactly(FIRMS);
        assertThat(ids(overview("ovsupervisor", "?overdue=true"))).containsExactly(SPORTS_PARK);
        assertThat(ids(overview("ovsupervisor", "?rating=none&sort=id&order=desc"))).containsExactly(SPORTS_PARK, TAX_GROWTH, FARMLAND);
        assertThat(ids(overview("ovsupervisor", "?q=" + encode("体育公园")))).containsExactly(SPORTS_PARK);
        assertThat(ids(overview("ovsupervisor", "?bureau=shangwu"))).containsExactly(FIRMS, TAX_GROWTH);
        assertThat(ids(overview("ovsupervisor", "?leader=ldnongye&section=05"))).containsExactly(SPORTS_PARK);
        JsonNode paged = overview("ovsupervisor", "?size=3&page=2");
        assertThat(ids(paged)).containsExactly(SPORTS_PARK);
        assertThat(paged.path("total").asInt()).isEqualTo(4);
        assertThat(paged.path("pages").asInt()).isEqualTo(2);
    }

    @Test
    void aBureauSeesWhatItLeadsOrCoLeadsAndALeaderWhatTheyAreResponsibleFor() throws Exception {
        assertThat(ids(overview("ovgongxin", ""))).containsExactly(FIRMS);
        assertThat(ids(overview("ovshangwu", ""))).containsExactly(FIRMS, TAX_GROWTH);
        assertThat(ids(overview("ovnongye", ""))).containsExactly(FARMLAND);
        assertThat(ids(overview("ovleader", ""))).containsExactly(FIRMS, TAX_GROWTH);
        JsonNode own = overview("ovgongxin", "");
        assertThat(own.path("wholeLedger").asBoolean()).isFalse();
        assertThat(own.at("/counts/total").asInt()).isEqualTo(1);
        assertThat(row(own, FIRMS).path("coBureaus").asText()).as("co-bureaus of a bureau's own rows").isEqualTo("区商务局");
        assertThat(row(overview("ovshangwu", ""), FIRMS).path("coBureaus").asText()).isEqualTo("区商务局");
        assertThat(ids(overview("ovgongxin", "?bureau=nongye"))).as("a filter widens nothing").isEmpty();
        assertThat(overview("ovgongxin", "?overdue=true").toString()).doesNotContain(SPORTS_PARK);
    }

    @Test
    void overdueTasksAreTheOnesTheCallerMayRead() throws Exception {
        JsonNode all = overview("ovsupervisor", "");
        List<String> commitments = new ArrayList<>();
        all.path("overdueTasks").forEach(task -> commitments.add(task.path("commitmentId").asText()));
        assertThat(commitments).contains(FIRMS, FARMLAND, TAX_GROWTH, SPORTS_PARK);
        all.path("overdueTasks").forEach(task -> assertThat(task.path("daysOverdue").asInt()).isPositive());
        assertThat(all.path("overdueByGroup").toString()).contains("\"groupId\":\"wenlv\"").contains("\"groupId\":\"nongye\"");

        assertThat(all.path("overdueTotal").asInt()).isEqualTo(all.path("overdueTasks").size());

        // a ledger with more overdue tasks than are listed: all counted, the longest overdue listed first
        engine.getIdentityService().setAuthentication("ovsupervisor", List.of(Roles.SUPERVISION_OFFICE));
        try {
            OverdueTasks.Listed two = overdueTasks.readableNow(instances -> Map.of(), 2, 2, true);
            assertThat(two.total()).isEqualTo(all.path("overdueTasks").size()).isGreaterThan(2);
            assertThat(two.tasks()).extracting(OverdueTasks.Overdue::taskId).containsExactly(
                    all.path("overdueTasks").get(0).path("taskId").asText(), all.path("overdueTasks").get(1).path("taskId").asText());
            // 督查室 reads every overdue task: each group's count is of all of them (counted by the database), not of
            // the two listed — the same counts as the page's, which lists them all
            Map<String, Long> ofAll = new java.util.TreeMap<>();
            all.path("overdueByGroup").forEach(group -> ofAll.put(group.path("groupId").asText(), group.path("count").asLong()));
            assertThat(all.path("overdueByGroupOfAll").asBoolean()).isTrue();
            assertThat(two.byGroupOfAll()).isTrue();
            assertThat(two.byGroup().stream().collect(java.util.stream.Collectors.toMap(count -> count.group().id(),
                    OverdueTasks.GroupCount::count))).isEqualTo(ofAll);
            assertThat(two.byGroup()).extracting(count -> count.group().name()).doesNotContain("wenlv", "nongye");
            // a caller the database cannot count for has the rest read through the engine: the same counts of all
            OverdueTasks.Listed readThrough = overdueTasks.readableNow(instances -> Map.of(), 2, 5000, false);
            assertThat(readThrough.byGroupOfAll()).isTrue();
            assertThat(readThrough.tasks()).extracting(OverdueTasks.Overdue::taskId)
                    .isEqualTo(two.tasks().stream().map(OverdueTasks.Overdue::taskId).toList());
            assertThat(readThrough.byGroup()).isEqualTo(two.byGroup());
            // more than that: the counts of what is listed
            OverdueTasks.Listed listed = overdueTasks.readableNow(instances -> Map.of(), 2, 2, false);
            assertThat(listed.byGroupOfAll()).isFalse();
            assertThat(listed.byGroup().stream().mapToLong(OverdueTasks.GroupCount::count).sum())
                    .isEqualTo(listed.tasks().stream().mapToLong(task -> task.groups().size()).sum())
                    .isLessThan(ofAll.values().stream().mapToLong(Long::longValue).sum());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        JsonNode nongye = overview("ovnongye", "");
        assertThat(nongye.path("overdueTotal").asInt()).isEqualTo(nongye.path("overdueTasks").size());
        // a caller reading two bureaus' tasks, more overdue than listed: the counts are still of all they may read
        engine.getIdentityService().setAuthentication("ovtwobureaus", List.of("nongye", "wenlv"));
        try {
            OverdueTasks.Listed every = overdueTasks.readableNow(instances -> Map.of(), 200, 200, false);
            OverdueTasks.Listed one = overdueTasks.readableNow(instances -> Map.of(), 1, OverdueTasks.COUNTED_ONE_BY_ONE, false);
            assertThat(every.total()).isEqualTo(one.total()).isGreaterThan(1).isLessThan(all.path("overdueTotal").asLong());
            assertThat(one.tasks()).hasSize(1);
            assertThat(one.byGroupOfAll()).isTrue();
            assertThat(one.byGroup()).isEqualTo(every.byGroup());
            assertThat(one.byGroup()).extracting(count -> count.group().id()).contains("nongye", "wenlv");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(nongye.path("overdueTasks")).isNotEmpty().allSatisfy(task ->
                assertThat(task.path("commitmentId").asText()).isEqualTo(FARMLAND));
        JsonNode gongxin = overview("ovgongxin", "");
        assertThat(gongxin.path("overdueTasks")).isNotEmpty().allSatisfy(task ->
                assertThat(task.path("commitmentId").asText()).isEqualTo(FIRMS));
    }

    @Test
    void theExcelDownloadIsTheCurrentViewOfWhatTheCallerMaySee() throws Exception {
        List<List<String>> red = workbook("ovsupervisor", "?rating=red");
        assertThat(red).hasSize(1);
        assertThat(red.get(0)).contains(FIRMS, "新增规上工业企业15家", "区工信局", "红灯", "1家", "达到15家");
        assertThat(workbook("ovsupervisor", "")).hasSize(4);
        assertThat(workbook("ovshangwu", "")).extracting(cells -> cells.get(0)).containsExactly(FIRMS, TAX_GROWTH);
        assertThat(workbook("ovnongye", "?rating=red")).isEmpty();
    }

    @Test
    void aParameterItCannotReadIsRefusedByName() throws Exception {
        assertRefused("?rating=purple", "rating", "green（绿灯）");
        assertRefused("?status=lost", "status", "逾期未完成");
        assertRefused("?overdue=yes", "overdue", "true 或 false");
        assertRefused("?page=abc", "page", "整数");
        assertRefused("?size=100000", "size", "1000");
        assertRefused("?sort=password", "sort", "可排序的列");
        assertRefused("?bureau=nobody", "bureau", "没有编号为「nobody」的单位");
        assertRefused("?bureau=a%00b", "bureau", "的单位");
        assertRefused("?bureau=" + "x".repeat(65), "bureau", "的单位");
        assertRefused("?section=99", "section", "没有编号为「99」的篇章");
        assertRefused("?leader=nobody", "leader", "没有编号为「nobody」的区领导");
        assertRefused("?colour=red", "colour", "不认识请求参数");
        assertRefused("?rating=red&rating=green", "rating", "只能给出一次");
        assertThat(send(null, "/duban/api/overview").statusCode()).isEqualTo(401);
    }

    private void assertRefused(String query, String field, String says) throws Exception {
        HttpResponse<String> response = send("ovsupervisor", "/duban/api/overview" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("field").asText()).isEqualTo(field);
        assertThat(body.path("message").asText()).contains(says);
        assertThat(send("ovsupervisor", "/duban/api/overview.xlsx" + query).statusCode()).isEqualTo(400);
    }

    private JsonNode overview(String user, String query) throws Exception {
        HttpResponse<String> response = send(user, "/duban/api/overview" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private List<List<String>> workbook(String user, String query) throws Exception {
        HttpResponse<byte[]> response = http.send(request(user, "/duban/api/overview.xlsx" + query).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = workbook.getSheet("督办总览");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("编号");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> ids(JsonNode overview) {
        List<String> ids = new ArrayList<>();
        overview.path("rows").forEach(row -> ids.add(row.path("id").asText()));
        return ids;
    }

    private static JsonNode row(JsonNode overview, String id) {
        for (JsonNode row : overview.path("rows")) {
            if (row.path("id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String user, String path) throws Exception {
        return new Doors(port, PASSWORD).basic(user, "GET", path, null);
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
