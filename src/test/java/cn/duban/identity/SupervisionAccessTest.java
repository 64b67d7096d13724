package cn.duban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.ledger.LedgerFixture;
import cn.duban.ledger.LedgerImporter;
import cn.duban.plan.PlanForm;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.Doors;
import cn.duban.testing.Doors.Door;
import cn.duban.testing.PostgresWebTest;
import cn.duban.testing.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What 区政府督查室 sees of the bureaus' work, and what the Tasklist filters show each role, through both doors
 * (engine REST and the webapps' API that Tasklist and Cockpit use). The fixture ledger is imported on 2024-01-15;
 * on 2024-01-18 商务局 files the plan of 2024-02-03, so 督查室 has a plan review of its own; on 2024-01-25 the other
 * bureaus' plans (工信局's 2024-02-01, 农业农村委's 2024-02-02, 文旅局's 2024-05-01, due 2024-01-20) and that review
 * (due 2024-01-23) are overdue.
 */
@PostgresWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionAccessTest {

    static final String PASSWORD = "Supervision-Test-Passw0rd";
    static final String SUPERVISOR = "sasupervisor";
    static final String CLERK = "saclerk";
    static final String LEADER = "saleader";
    static final String OWN = "2024-02-01";
    static final String FOREIGN = "2024-02-02";
    /** Its plan is filed: 督查室's review waits. */
    static final String REVIEWED = "2024-02-03";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentitySetup setup;

    private Doors doors;

    @BeforeAll
    void importLedgerAndLetThePlansRunLate(@TempDir Path folder) {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        at("2024-01-15T09:00");
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");
        TestUsers.ensure(engine, SUPERVISOR, PASSWORD, Roles.SUPERVISION_OFFICE);
        TestUsers.ensure(engine, CLERK, PASSWORD, "gongxin");
        TestUsers.ensure(engine, LEADER, PASSWORD, "ldgongye", Roles.LEADERS);
        at("2024-01-18T10:00");
        Task plan = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(REVIEWED)
                .taskDefinitionKey(CommitmentProcess.TASK_WRITE_PLAN).singleResult();
        engine.getTaskService().complete(plan.getId(), Map.of(PlanForm.MEASURES, "一、走访楼宇企业；二、按月调度税收",
                PlanForm.CONTACT_PERSON, "李科长", PlanForm.CONTACT_PHONE, "022-24390001"));
        at("2024-01-25T10:00");
        doors = new Doors(port, PASSWORD);
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "through {0}")
    @EnumSource(Door.class)
    void supervisionOfficeReadsABureausTaskButCanNeitherClaimNorCompleteIt(Door door) throws Exception {
        String task = openTask(FOREIGN).getId();

        assertThat(doors.json(door, SUPERVISOR, "GET", "/task/" + task, null).statusCode()).isEqualTo(200);
        assertThat(doors.json(door, SUPERVISOR, "POST", "/task/" + task + "/claim", "{\"userId\":\"" + SUPERVISOR + "\"}")
                .statusCode()).isIn(403, 404);
        assertThat(doors.json(door, SUPERVISOR, "POST", "/task/" + task + "/complete", "{}").statusCode()).isIn(403, 404);
        assertThat(doors.json(door, SUPERVISOR, "POST", "/task/" + task + "/assignee", "{\"userId\":\"" + SUPERVISOR + "\"}")
                .statusCode()).isIn(403, 404);

        Task after = openTask(FOREIGN);
        assertThat(after).as("still open").isNotNull();
        assertThat(after.getAssignee()).isNull();
    }

    @ParameterizedTest(name = "through {0}")
    @EnumSource(Door.class)
    void aBureauReadsNoOtherBureausTaskAndOnlyItsOwnAreCounted(Door door) throws Exception {
        assertThat(doors.json(door, CLERK, "GET", "/task/" + openTask(FOREIGN).getId(), null).statusCode()).isIn(403, 404);

        long own = engine.getTaskService().createTaskQuery().taskCandidateGroup("gongxin").includeAssignedTasks().count();
        assertThat(own).isPositive();
        assertThat(count(doors.json(door, CLERK, "GET", "/task/count", null))).isEqualTo(own);
        assertThat(engine.getTaskService().createTaskQuery().count()).as("other bureaus have tasks").isGreaterThan(own);
    }

    @ParameterizedTest(name = "through {0}")
    @EnumSource(Door.class)
    void districtOverdueListsEveryBureauTaskPastDueForTheSupervisionOffice(Door door) throws Exception {
        Set<String> expected = overdueBureauTasks();
        assertThat(expected).as("the fixture has overdue bureau tasks").hasSizeGreaterThanOrEqualTo(3);
        String filter = filterId(TaskFilters.DISTRICT_OVERDUE);

        assertThat(count(doors.json(door, SUPERVISOR, "GET", "/filter/" + filter + "/count", null))).isEqualTo(expected.size());
        JsonNode listed = JSON.readTree(doors.json(door, SUPERVISOR, "GET", "/filter/" + filter + "/list", null).body());
        List<String> ids = new ArrayList<>();
        listed.forEach(task -> ids.add(task.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
        String review = openTask(REVIEWED).getId();
        assertThat(ids).as("督查室's own overdue review is no bureau task").doesNotContain(review);
        assertThat(doors.json(door, CLERK, "GET", "/filter/" + filter + "/count", null).statusCode())
                .as("a bureau cannot use 督查室's filter").isIn(403, 404);
    }

    @Test
    void overdueListsEachRolesOwnOverdueTasks() throws Exception {
        String overdue = filterId(TaskFilters.OVERDUE);

        assertThat(filterTaskIds(CLERK, overdue)).containsExactly(openTask(OWN).getId());
        String nongye = "saclerknongye";
        TestUsers.ensure(engine, nongye, PASSWORD, "nongye");
        assertThat(filterTaskIds(nongye, overdue)).containsExactly(openTask(FOREIGN).getId());
        assertThat(filterTaskIds(SUPERVISOR, overdue)).containsExactly(openTask(REVIEWED).getId());
        assertThat(filterTaskIds(SUPERVISOR, filterId(TaskFilters.BUREAU_TASKS))).containsExactly(openTask(REVIEWED).getId());
    }

    @Test
    void eachRoleIsOfferedTheFiltersNamedForIt() throws Exception {
        assertThat(filterNames(CLERK)).containsExactly(TaskFilters.BUREAU_TASKS, TaskFilters.MY_TASKS, TaskFilters.DUE_SOON,
                TaskFilters.OVERDUE);
        assertThat(filterNames(LEADER)).containsExactly(TaskFilters.LEADER_TASKS, TaskFilters.LEADER_COMMITMENTS,
                TaskFilters.MY_TASKS, TaskFilters.DUE_SOON, TaskFilters.OVERDUE);
        assertThat(filterNames(SUPERVISOR)).containsExactly(TaskFilters.BUREAU_TASKS, TaskFilters.SUPERVISED,
                TaskFilters.DISTRICT_OVERDUE, TaskFilters.MY_TASKS, TaskFilters.DUE_SOON, TaskFilters.OVERDUE);
    }

    @Test
    void cockpitsHumanTasksReportAnswersTheSupervisionOfficeAndNoBureau() throws Exception {
        String report = "/camunda/api/engine/engine/default/task/report/candidate-group-count";

        HttpResponse<String> answer = doors.webapp(SUPERVISOR, "GET", report);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"groupName\":\"nongye\"").doesNotContain("permission");
        assertThat(doors.webapp(CLERK, "GET", report).statusCode()).isEqualTo(403);
    }

    @Test
    void anExistingInstallEndsUpWithEachFilterOnceAsDefinedAndLeadersLoseTheBureauFilter() {
        var filters = engine.getFilterService();
        // as an older duban left it: 本单位待办 for leaders too with the old description, 已逾期 created twice, no 全区逾期
        Filter bureau = filters.createFilterQuery().filterName(TaskFilters.BUREAU_TASKS).singleResult();
        filters.saveFilter(bureau.setProperties(Map.of("description", "本单位作为候选组的待办任务", "priority", -10)));
        new Grants(engine.getAuthorizationService()).grant("ldgongye", Resources.FILTER, bureau.getId(), Permissions.READ);
        filters.saveFilter(filters.newTaskFilter(TaskFilters.OVERDUE).setQuery(engine.getTaskService().createTaskQuery()));
        filters.deleteFilter(filterId(TaskFilters.DISTRICT_OVERDUE));

        setup.setUp();

        for (String name : List.of(TaskFilters.BUREAU_TASKS, TaskFilters.LEADER_TASKS, TaskFilters.LEADER_COMMITMENTS,
                TaskFilters.SUPERVISED, TaskFilters.DISTRICT_OVERDUE, TaskFilters.MY_TASKS, TaskFilters.DUE_SOON, TaskFilters.OVERDUE)) {
            assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
        Filter upgraded = filters.getFilter(bureau.getId());
        assertThat(upgraded.getProperties()).containsEntry("description", "交由本单位办理的任务（本单位为候选组，含已认领的）");
        assertThat(engine.getAuthorizationService().isUserAuthorized(LEADER, List.of("ldgongye", Roles.LEADERS),
                Permissions.READ, Resources.FILTER, bureau.getId())).isFalse();

        List<Map<String, Object>> before = jdbc.queryForList("select id_, rev_ from act_ru_filter order by id_");
        long grants = engine.getAuthorizationService().createAuthorizationQuery().count();
        setup.setUp();
        assertThat(jdbc.queryForList("select id_, rev_ from act_ru_filter order by id_")).as("a second start changes nothing")
                .isEqualTo(before);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(grants);
    }

    /** Independently of any filter: open tasks past due on the engine clock with a bureau among their candidates. */
    private Set<String> overdueBureauTasks() {
        Set<String> bureaus = engine.getIdentityService().createGroupQuery().groupType(Roles.TYPE_BUREAU).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        Date now = ClockUtil.getCurrentTime();
        return engine.getTaskService().createTaskQuery().list().stream()
                .filter(task -> task.getDueDate() != null && task.getDueDate().before(now))
                .filter(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .map(IdentityLink::getGroupId).anyMatch(bureaus::contains))
                .map(Task::getId).collect(Collectors.toSet());
    }

    private Task openTask(String commitment) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(commitment).singleResult();
    }

    private String filterId(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
    }

    /** The filters Tasklist offers the user, in Tasklist's order (by the priority property). */
    private List<String> filterNames(String user) throws IOException, InterruptedException {
        JsonNode filters = JSON.readTree(doors.json(Door.WEBAPP, user, "GET", "/filter?resourceType=Task", null).body());
        List<JsonNode> sorted = new ArrayList<>();
        filters.forEach(sorted::add);
        sorted.sort((a, b) -> Integer.compare(a.path("properties").path("priority").asInt(), b.path("properties").path("priority").asInt()));
        return sorted.stream().map(filter -> filter.get("name").asText()).filter(name -> !"全部任务".equals(name)).toList();
    }

    private List<String> filterTaskIds(String user, String filter) throws IOException, InterruptedException {
        JsonNode listed = JSON.readTree(doors.json(Door.REST, user, "GET", "/filter/" + filter + "/list", null).body());
        List<String> ids = new ArrayList<>();
        listed.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private static long count(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("count").asLong();
    }

    private static void at(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant()));
    }
}
