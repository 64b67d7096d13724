package cn.duban.forms;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/** Which form file a task or a process's start event uses, read from its deployed model ({@code camunda:formRef}). */
@Component
class TaskForms {

    private final ProcessEngine engine;
    private final FormCatalogue catalogue;
    private final Map<String, Optional<String>> formRefs = new ConcurrentHashMap<>();

    TaskForms(ProcessEngine engine, FormCatalogue catalogue) {
        this.engine = engine;
        this.catalogue = catalogue;
    }

    Optional<FormDefinition> ofTask(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return Optional.empty();
        }
        return formRef(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).flatMap(catalogue::form);
    }

    Optional<FormDefinition> ofStart(ProcessDefinition definition) {
        return formRef(definition.getId(), null).flatMap(catalogue::form);
    }

    private Optional<String> formRef(String definitionId, String activityId) {
        return formRefs.computeIfAbsent(definitionId + "/" + activityId, key -> {
            var model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
            if (activityId != null) {
                BaseElement element = model.getModelElementById(activityId);
                return element instanceof UserTask task ? Optional.ofNullable(task.getCamundaFormRef()) : Optional.empty();
            }
            return model.getModelElementsByType(StartEvent.class).stream()
                    .filter(start -> start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
                    .map(StartEvent::getCamundaFormRef).filter(ref -> ref != null).findFirst();
        });
    }
}
