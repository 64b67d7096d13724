package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.ledger.LedgerEntry;
import cn.duban.ledger.LedgerReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/** Boots the default (demo) profile on H2 as {@code ./mvnw spring-boot:run} does, shipped ledger and all. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:duban-demo-smoke;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=demosmoke",
        "camunda.bpm.job-execution.enabled=false",
        "duban.demo.clock-file=target/demo-smoke-clock.txt"})
class DemoProfileSmokeTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

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
        assertThat(identityService.checkPassword("admin", "duban-demo")).isTrue();
    }
}
