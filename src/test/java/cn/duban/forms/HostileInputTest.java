package cn.duban.forms;

import cn.duban.testing.PostgresWebTest;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.LifecycleDriver;
import cn.duban.testing.Doors;
import cn.duban.testing.Doors.Door;
import cn.duban.testing.TestUsers;
import cn.duban.identity.Roles;
import cn.duban.ledger.LedgerImporter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated hostile payloads (wrong types, special numbers, huge and invisible text, deep nesting, odd content
 * types, engine-owned names) against every form submission open in the fixture and every duban endpoint, through both
 * doors: never a 5xx, every refusal of a submission names its field, nothing changes. The seed is printed; set
 * {@code -Dhostile.seed} to replay a run and {@code -Dhostile.rounds} for a longer one.
 */
@PostgresWebTest
class HostileInputTest {

    static final String PASSWORD = "Hostile-Test-2024!";
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ENGINE_OWNED = List.of("commitmentId", "reportDueAt", "dispatchMode", "rating", "supervisionNoticeId",
            "scorecardId", "leadBureau", "kind", "targetValue", "deadline", "closureApplicant", "approvedBy", "\u0000", "a".repeat(300));
    static final List<String> HOSTILE_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "\"NaN\"", "1e309", "-1e309", "1e20",
            "123456789012345678901234567890", "\"12,5\"", "\"\"", "true", "[1]", "{\"a\":1}", "\"\\u0000\"");
    static final List<String> HOSTILE_TEXTS = List.of(quoted("很".repeat(4001)), quoted("😀".repeat(50_000)), "\"a\\u0000b\"",
            "\"\\u202Eexe.pdf\"", "\"\\uD800\"", "12", "false", "[\"x\"]", "{\"value\":\"x\"}");
    static final List<String> TYPES = List.of("String", "Long", "Double", "Boolean", "Date", "Object", "Json", "Xml", "Bytes",
            "File", "Null", "Serializable", "java.lang.Runtime", "");

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
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void openAPlanTaskAndAProgressReport(@TempDir Path folder) {
        driver = new LifecycleDriver(engine, importer, jdbc, folder);
        driver.approvePlan(LifecycleDriver.FIRMS);
        driver.fire(LifecycleDriver.FIRMS, CommitmentProcess.EVENT_REPORT_PERIOD_OPENS);
        TestUsers.ensure(engine, "hsclerk", PASSWORD, "gongxin");
        TestUsers.ensure(engine, "hsclerk2", PASSWORD, "wenlv");
        TestUsers.ensure(engine, "hssuper", PASSWORD, Roles.SUPERVISION_OFFICE);
        doors = new Doors(port, PASSWORD);
    }

    @AfterEach
    void resetClock() {
        LifecycleDriver.resetClock();
    }

    @Test
    void generatedHostileSubmissionsNeverFailTheServerNameTheFieldAndChangeNothing() throws Exception {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        int rounds = Integer.getInteger("hostile.rounds", 60);
        System.out.println("HostileInputTest seed " + seed + ", rounds " + rounds);
        Random random = new Random(seed);
        Task report = driver.task(LifecycleDriver.FIRMS, CommitmentProcess.TASK_FILE_PROGRESS);
        Task plan = driver.task(LifecycleDriver.SPORTS_PARK, CommitmentProcess.TASK_WRITE_PLAN);
        driver.submitPlan(LifecycleDriver.TAX_GROWTH);
        Task review = driver.task(LifecycleDriver.TAX_GROWTH, CommitmentProcess.TASK_REVIEW_PLAN);
        List<Target> targets = List.of(
                new Target("/task/" + report.getId(), "hsclerk", "problems", "cumulativeValue", List.of(
                        "\"workDone\":{\"value\":\"走访企业\",\"type\":\"String\"}", "\"nextSteps\":{\"value\":\"继续培育\",\"type\":\"String\"}",
                        "\"cumulativeValue\":{\"value\":5,\"type\":\"Long\"}")),
                new Target("/task/" + plan.getId(), "hsclerk2", "contactPhone", "plannedQ1", List.of(
                        "\"measures\":{\"value\":\"一、摸排；二、推进；三、调度\",\"type\":\"String\"}",
                        "\"contactPerson\":{\"value\":\"王科长\",\"type\":\"String\"}")),
                new Target("/task/" + review.getId(), "hssuper", "planReviewComment", null, List.of(
                        "\"planDecision\":{\"value\":\"approve\",\"type\":\"String\"}")),
                new Target("/process-definition/key/scorecard", "hssuper", "period", null, List.of()));
        List<Task> open = List.of(report, plan, review);
        Map<String, Map<String, Object>> before = new java.util.HashMap<>();
        open.forEach(task -> before.put(task.getId(), engine.getRuntimeService().getVariables(task.getProcessInstanceId())));
        int reportsBefore = count("progress_report");
        int baselinesBefore = count("commitment_baseline");
        long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        for (int round = 0; round < rounds; round++) {
            Door door = Door.values()[random.nextInt(2)];
            Target target = targets.get(random.nextInt(targets.size()));
            String action = target.path().startsWith("/task/") && random.nextBoolean() ? "complete" : "submit-form";
            String body = random.nextInt(5) == 0 ? rawBody(random) : submission(random, target);
            HttpResponse<String> answer = doors.json(door, target.user(), "POST", target.path() + "/" + action, body);

            String what = "seed " + seed + " round " + round + " " + door + " " + body.substring(0, Math.min(body.length(), 300));
            assertThat(answer.statusCode()).as(what + " → " + answer.body()).isBetween(400, 499);
            JsonNode refusal = JSON.readTree(answer.body());
            assertThat(refusal.path("message").asText()).as(what).containsPattern("\\p{IsHan}")
                    .doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("SQL").doesNotContain("java.");
            assertThat(refusal.path("field").asText()).as(what + " → " + answer.body()).isNotBlank();
        }

        for (Task task : open) {
            assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as(task.getName()).isOne();
            assertThat(engine.getRuntimeService().getVariables(task.getProcessInstanceId())).as(task.getName())
                    .isEqualTo(before.get(task.getId()));
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("no scorecard started")
                .isEqualTo(instancesBefore);
        assertThat(count("progress_report")).isEqualTo(reportsBefore);
        assertThat(count("commitment_baseline")).isEqualTo(baselinesBefore);
    }

    @Test
    void hostileRequestsToDubansOwnEndpointsAreNeverAServerError() throws Exception {
        Random random = new Random(Long.getLong("hostile.seed", 7));
        List<String[]> requests = new ArrayList<>();
        for (String body : List.of("", "null", "{", "[]", "\"x\"", nested(2000), quoted("😀".repeat(50_000)))) {
            requests.add(new String[] {"POST", "/duban/api/activation", body});
            requests.add(new String[] {"POST", "/duban/api/ledger/import", body});
        }
        for (String value : List.of("NaN", "-1", "1e309", "%00", "%E2%80%AE", "abc", "9".repeat(40), "2024-13", "'--")) {
            requests.add(new String[] {"GET", "/duban/api/scorecards/" + value, null});
            requests.add(new String[] {"GET", "/duban/api/scorecards/" + value + "/xlsx", null});
            requests.add(new String[] {"GET", "/duban/api/scorecards/" + value + "/bureaus/" + value, null});
            requests.add(new String[] {"GET", "/duban/api/scorecards/trend?bureau=" + value, null});
            requests.add(new String[] {"GET", "/duban/api/audit/export?format=" + value + "&commitment=" + value + "&from=" + value, null});
        }
        requests.add(new String[] {"GET", "/error", null});
        for (String[] request : requests) {
            for (String user : new String[] {"hsclerk", "hssuper", null}) {
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request[1]))
                        .header("Content-Type", List.of("application/json", "text/plain", "application/xml").get(random.nextInt(3)))
                        .method(request[0], request[2] == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request[2]));
                if (user != null) {
                    builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
                HttpResponse<String> answer = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String what = user + " " + request[0] + " " + request[1] + " " + (request[2] == null ? "" : request[2].substring(0, Math.min(80, request[2].length())));
                assertThat(answer.statusCode()).as(what + " → " + answer.body()).isLessThan(500);
                assertThat(answer.body()).as(what).doesNotContain("ENGINE-").doesNotContain("SQL [").doesNotContain("Exception");
            }
        }
    }

    /** One form submission the generator attacks: where it is sent, by whom, and fields to aim at. */
    record Target(String path, String user, String textField, String numberField, List<String> validEntries) {
    }

    private static String submission(Random random, Target target) {
        List<String> entries = new ArrayList<>();
        target.validEntries().forEach(entry -> maybe(random, entries, entry));
        // at least one hostile entry, so no generated submission is a valid one
        int hostile = 1 + random.nextInt(3);
        for (int i = 0; i < hostile; i++) {
            String type = TYPES.get(random.nextInt(TYPES.size()));
            String typePart = type.isEmpty() ? "" : ",\"type\":\"" + type + "\"";
            int kind = random.nextInt(target.numberField() == null ? 2 : 3);
            switch (kind) {
                case 0 -> entries.add(quoted(ENGINE_OWNED.get(random.nextInt(ENGINE_OWNED.size()))) + ":{\"value\":\"x\"" + typePart + "}");
                case 1 -> entries.add("\"" + target.textField() + "\":{\"value\":" + HOSTILE_TEXTS.get(random.nextInt(HOSTILE_TEXTS.size()))
                        + typePart + (random.nextBoolean()
                        ? ",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}" : "")
                        + "}");
                default -> entries.add("\"" + target.numberField() + "\":{\"value\":"
                        + HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size())) + typePart + "}");
            }
        }
        java.util.Collections.shuffle(entries, random);
        return "{\"variables\":{" + String.join(",", entries) + "}}";
    }

    private static String rawBody(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> nested(1500);
            case 1 -> "{\"variables\":[1,2,3]}";
            case 2 -> "{\"variables\":{\"workDone\":\"bare\"}}";
            case 3 -> "<xml/>";
            case 4 -> "{\"variables\":{\"workDone\":{\"value\":" + nested(1200) + "}}}";
            case 5 -> "{\"variables\":{\"workDone\":{\"type\":\"String\"}}}";
            default -> "\u0000\u0001";
        };
    }

    private static void maybe(Random random, List<String> entries, String entry) {
        if (random.nextBoolean()) {
            entries.add(entry);
        }
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

}
