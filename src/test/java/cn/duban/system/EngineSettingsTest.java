package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.testing.PostgresTest;
import java.util.TimeZone;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class EngineSettingsTest {

    /** ManagementService reports history levels by number; FULL is 3. */
    private static final int HISTORY_LEVEL_FULL = 3;

    @Autowired
    ProcessEngine engine;

    @Test
    void engineKeepsFullHistory() {
        assertThat(engine.getManagementService().getHistoryLevel()).isEqualTo(HISTORY_LEVEL_FULL);
    }

    @Test
    void authorizationIsEnforced() {
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void businessTimeZoneIsBeijingTime() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void configuredHistoryTimeToLiveOverridesTheModelsDefault() {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CommitmentProcess.KEY).latestVersion().singleResult();

        assertThat(definition.getHistoryTimeToLive()).isEqualTo(7300);
    }

    @Test
    void commitmentModelAndItsFormAreDeployedTogether() {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CommitmentProcess.KEY).latestVersion().singleResult();

        assertThat(engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId()))
                .anySatisfy(name -> assertThat(name).endsWith("commitment.bpmn"))
                .anySatisfy(name -> assertThat(name).endsWith("commitment-plan.form"));
    }
}
