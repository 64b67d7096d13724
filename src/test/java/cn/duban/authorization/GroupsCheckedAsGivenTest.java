package cn.duban.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.ledger.LedgerFixture;
import cn.duban.ledger.LedgerImporter;
import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresTest;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class GroupsCheckedAsGivenTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void fixtureLedger() {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        importer.importLedger(LedgerFixture.in(folder).read(), "tester");
    }

    @AfterEach
    void nobodyLoggedIn() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void everyCommandChecksAFewGroupsAsGivenWithoutNarrowingThemFirst() {
        List<String> checked = inCommand(manager -> {
            assertThat(manager).isInstanceOf(GroupsCheckedAsGiven.Manager.class);
            return manager.filterAuthenticatedGroupIds(List.of("gongxin", "no-grants-here", "gongxin"));
        });

        assertThat(checked).containsExactly("gongxin", "no-grants-here");
    }

    @Test
    void aCallerInMoreGroupsThanTheLimitHasThemNarrowedToTheGroupsHoldingAuthorizations() {
        List<String> granted = jdbc.queryForList("select distinct group_id_ from act_ru_authorization"
                + " where group_id_ in ('gongxin', 'nongye', 'no-grants-here')", String.class);

        List<String> checked = inCommand(manager -> new GroupsCheckedAsGiven.Manager(2)
                .filterAuthenticatedGroupIds(List.of("gongxin", "nongye", "no-grants-here")));

        assertThat(granted).containsExactlyInAnyOrder("gongxin", "nongye");
        assertThat(checked).containsExactlyInAnyOrderElementsOf(granted);
    }

    @Test
    void aBureauStillReadsItsOwnTasksAndNoOtherBureausWhateverElseItsGroupsAre() {
        engine.getIdentityService().setAuthentication("clerk", List.of("gongxin", "no-grants-here"));

        List<Task> readable = engine.getTaskService().createTaskQuery().list();

        engine.getIdentityService().clearAuthentication();
        ProcessInstance own = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("2024-02-01")
                .singleResult();
        assertThat(readable).extracting(Task::getProcessInstanceId).containsExactly(own.getId());
        assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(4);
    }

    private <T> T inCommand(java.util.function.Function<AuthorizationManager, T> work) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute((Command<T>) context ->
                work.apply(context.getAuthorizationManager()));
    }
}
