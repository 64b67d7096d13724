package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.ledger.LedgerEntry;
import cn.duban.ledger.LedgerReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import cn.duban.scorecard.ScorecardProcess;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** Boots the default (demo) profile on H2 as {@code ./mvnw spring-boot:run} does, shipped ledger and all. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:duban-demo-smoke;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=demosmoke",
        "camunda.bpm.job-execution.enabled=false",
        "duban.demo.clock-file=target/demo-smoke-clock.txt"})
// closed after the class: a second engine left registered confuses camunda-bpm-assert in later tests
@DirtiesContext
class DemoProfileSmokeTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyLedgerCommitmentRunsWithItsFirstTaskOfferedToItsLeadBureau() {
        List<LedgerEntry> ledger = LedgerReader.read(Path.of("config/ledger-2024.yaml"), Path.of("config/bureaus.yaml"),
                Path.of("config/leaders.yaml")).entries();
        Map<String, String> leadById = ledger.stream().collect(Collectors.toMap(LedgerEntry::id, LedgerEntry::leadBureau));

        List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(CommitmentProcess.KEY).list();

        assertThat(running).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrderElementsOf(leadById.keySet());
        for (Task task : taskService.createTaskQuery().taskDefinitionKey(CommitmentProcess.TASK_WRITE_PLAN).list()) {
            String commitmentId = (String) taskService.getVariable(task.getId(), CommitmentProcess.Vars.COMMITMENT_ID);
            assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                    .containsExactly(leadById.get(commitmentId));
        }
    }

    @Test
    void demoAdministratorExistsWithTheDocumentedPassword() {
        assertThat(identityService.checkPassword("admin", "Duban-Demo-2024")).isTrue();
    }

    /** The scorecard's aggregate SQL runs on H2 too, and H2's Java trigger freezes what is published. */
    @Test
    void aScorecardIsComputedPublishedAndFrozenOnH2() {
        // the ledger was imported today: score this month, as seen from the 6th of the next
        java.time.YearMonth thisMonth = java.time.YearMonth.now();
        // one rating this month gives it something to compare (a month that measured nothing is not published)
        jdbc.update("insert into rating_record (commitment_id, period, rated_at, rating, reason, trajectory_ratio, days_overdue,"
                + " days_to_deadline, escalated) values ((select min(id) from commitment), ?, ?, 'green', '按序时进度推进', 1.0, 0, 30, false)",
                thisMonth.toString(), java.sql.Timestamp.valueOf(thisMonth.atDay(1).atTime(10, 0)));
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(thisMonth.plusMonths(1).atDay(6)
                .atTime(9, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
        ProcessInstance run;
        try {
            run = runtimeService.startProcessInstanceByKey(ScorecardProcess.KEY, Map.of(ScorecardProcess.Vars.PERIOD, thisMonth.toString()));
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        long id = ((Number) runtimeService.getVariable(run.getId(), ScorecardProcess.Vars.SCORECARD_ID)).longValue();
        assertThat(jdbc.queryForObject("select count(*) from scorecard_row where scorecard_id = ?", Integer.class, id))
                .isEqualTo(jdbc.queryForObject("select count(distinct lead_bureau_id) from commitment", Integer.class));
        complete(run, ScorecardProcess.TASK_REVIEW, Map.of(ScorecardProcess.Vars.REVIEW_DECISION, "submit",
                ScorecardProcess.Vars.REVIEW_COMMENT, "已核对"));
        complete(run, ScorecardProcess.TASK_APPROVE, Map.of(ScorecardProcess.Vars.APPROVAL_DECISION, "approve"));
        assertThat(jdbc.queryForObject("select status from scorecard where id = ?", String.class, id)).isEqualTo("PUBLISHED");

        assertThatThrownBy(() -> jdbc.update("update scorecard_row set score = 0 where scorecard_id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("已发布");
        assertThatThrownBy(() -> jdbc.update("delete from scorecard where id = ?", id)).isInstanceOf(DataAccessException.class);
    }

    private void complete(ProcessInstance run, String taskKey, Map<String, Object> values) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(taskKey)
                .singleResult().getId(), values);
    }
}
