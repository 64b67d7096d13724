package cn.duban.audit;

import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies the configured history time to live to every deployed definition, so an archive can keep
 * history longer (or shorter) than the default written in the models without editing them.
 */
@Component
class HistoryRetention {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

    private final RepositoryService repositoryService;
    private final HistoryProperties properties;

    HistoryRetention(RepositoryService repositoryService, HistoryProperties properties) {
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
        int days = properties.timeToLiveDays();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
            if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
                repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                log.info("流程定义 {} 的历史保留期设为 {} 天", definition.getId(), days);
            }
        }
        for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().list()) {
            if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
                repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
            }
        }
    }
}
