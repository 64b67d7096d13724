package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresTest;
import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresTest
class LedgerImportTest {

    @Autowired
    LedgerImporter importer;
    @Autowired
    CommitmentRepository commitments;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path folder;

    @BeforeEach
    void startFromNothing() {
        CleanSlate.reset(runtimeService, historyService, jdbc);
    }

    @Test
    void eachEntryStartsExactlyOneCommitmentProcessKeyedByItsId() {
        ImportReport report = importer.importLedger(LedgerFixture.in(folder).read(), "tester");

        assertThat(report.created()).containsExactly("2024-02-01", "2024-02-02", "2024-02-03", "2024-05-01");
        for (String id : report.created()) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(CommitmentProcess.KEY).processInstanceBusinessKey(id).singleResult();
            assertThat(instance).isWaitingAt(CommitmentProcess.TASK_WRITE_PLAN);
            assertThat(commitments.findById(id)).get()
                    .extracting(CommitmentRecord::getProcessInstanceId).isEqualTo(instance.getId());
        }
    }

    @Test
    void firstTaskIsOfferedToTheLeadBureauWithANameSayingWhatAndWhich() {
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");

        Task task = taskService.createTaskQuery().processInstanceBusinessKey("2024-02-01").singleResult();

        assertThat(task.getName()).isEqualTo("制定实施方案 · 2024-02-01 新增规上工业企业15家");
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("gongxin");
        assertThat(taskService.createTaskQuery().taskCandidateGroup("nongye").list())
                .extracting(Task::getName).containsExactly("制定实施方案 · 2024-02-02 完成高标准农田提升改造1.86万亩");
    }

    @Test
    void importedCommitmentKeepsTargetAsWrittenAndNormalisedWithItsPlanAndCoBureaus() {
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");

        CommitmentRecord farmland = commitments.findById("2024-02-02").orElseThrow();
        assertThat(farmland.getTargetText()).isEqualTo("1.86万亩");
        assertThat(farmland.getTargetValue()).isEqualByComparingTo("18600");
        assertThat(farmland.getTargetUnit()).isEqualTo("亩");
        assertThat(farmland.getMilestones()).extracting(Milestone::display)
                .containsExactly("4650", "9300", "13950", "18600");
        CommitmentRecord park = commitments.findById("2024-05-01").orElseThrow();
        assertThat(park.getCoBureauIds()).containsExactly("donglihu");
        assertThat(park.isTaskForce()).isTrue();
        assertThat(park.getMilestones()).extracting(Milestone::plannedStatus)
                .containsExactly(MilestoneStatus.NOT_STARTED, MilestoneStatus.IN_PROGRESS,
                        MilestoneStatus.IN_PROGRESS, MilestoneStatus.DONE);
    }

    @Test
    void reimportingTheSameLedgerChangesNothing() {
        Ledger ledger = LedgerFixture.in(folder).read();
        importer.importLedger(ledger, "tester");

        ImportReport again = importer.importLedger(ledger, "tester");

        assertThat(again.created()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.changed()).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from ledger_import", Integer.class)).isEqualTo(2);
    }

    @Test
    void changedEntryOfARunningCommitmentIsReportedNotOverwritten() {
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");
        Ledger edited = LedgerFixture.in(folder)
                .ledgerWith("lead: gongxin", "lead: shangwu")
                .ledgerWith("co: [shangwu]", "co: []")
                .read();

        ImportReport report = importer.importLedger(edited, "tester");

        assertThat(report.changed()).singleElement().satisfies(changed -> {
            assertThat(changed.id()).isEqualTo("2024-02-01");
            assertThat(changed.fields()).containsExactly("lead", "co");
        });
        assertThat(report.summary()).contains("2024-02-01 的字段 lead、co 与已导入的版本不同，未覆盖");
        assertThat(commitments.findById("2024-02-01").orElseThrow().getLeadBureauId()).isEqualTo("gongxin");
    }

    @Test
    void entryRemovedFromTheLedgerIsReportedAndKeepsRunning() {
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");
        String withoutPark = LedgerFixture.LEDGER.substring(0, LedgerFixture.LEDGER.indexOf("  - id: \"2024-05-01\""));

        ImportReport report = importer.importLedger(LedgerFixture.in(folder).ledger(withoutPark).read(), "tester");

        assertThat(report.removed()).containsExactly("2024-05-01");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("2024-05-01").count()).isOne();
    }

    @Test
    void failureHalfwayThroughLeavesNeitherRowsNorProcessInstances() {
        jdbc.execute("""
                create function refuse_park() returns trigger language plpgsql as $$
                begin
                  if new.id = '2024-05-01' then raise exception 'refused by test trigger'; end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger refuse_park before insert on commitment for each row execute function refuse_park()");
        try {
            Ledger ledger = LedgerFixture.in(folder).read();

            assertThatThrownBy(() -> importer.importLedger(ledger, "tester")).isInstanceOf(DataAccessException.class);

            assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
            assertThat(jdbc.queryForObject("select count(*) from commitment", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from bureau", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from ledger_import", Integer.class)).isZero();
        } finally {
            jdbc.execute("drop trigger refuse_park on commitment");
            jdbc.execute("drop function refuse_park()");
        }
    }

    @Test
    void invalidLedgerImportsNothing() {
        LedgerProperties broken = LedgerFixture.in(folder).ledgerWith("lead: nongye", "lead: nobody").write();

        assertThatThrownBy(() -> importer.importLedger(LedgerReader.read(broken), "tester"))
                .isInstanceOf(LedgerValidationException.class)
                .hasMessageContaining("lead");

        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from commitment", Integer.class)).isZero();
    }

    @Test
    void everyImportIsRecordedWithItsActorAndFileHash() {
        Ledger ledger = LedgerFixture.in(folder).read();

        importer.importLedger(ledger, "zhangsan");

        assertThat(jdbc.queryForMap("select actor, ledger_sha256, created from ledger_import"))
                .containsEntry("actor", "zhangsan")
                .containsEntry("ledger_sha256", ledger.sha256())
                .containsEntry("created", 4);
    }

    @Test
    void importPlansEachStatementForItsOwnParametersAndOnlyForItsOwnTransaction() {
        String before = jdbc.queryForObject("show plan_cache_mode", String.class);

        String during = transactions.execute(status -> {
            importer.importLedger(LedgerFixture.in(folder).read(), "tester");
            return jdbc.queryForObject("show plan_cache_mode", String.class);
        });

        assertThat(during).isEqualTo("force_custom_plan");
        assertThat(before).isNotEqualTo("force_custom_plan");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo(before);
    }
}
