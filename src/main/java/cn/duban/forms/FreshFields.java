package cn.duban.forms;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Empties, when a task is offered, the fields its form marks {@code fresh}: what a person must write this time
 * (this period's work, a decision, a reason) then cannot be satisfied by what was written last time.
 */
@Component
public class FreshFields {

    private final FormCatalogue catalogue;

    FreshFields(FormCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void clear(DelegateTask task) {
        UserTask model = task.getBpmnModelElementInstance();
        if (model == null || model.getCamundaFormRef() == null) {
            return;
        }
        for (String key : catalogue.freshFields(model.getCamundaFormRef())) {
            if (task.hasVariable(key) && task.getVariable(key) != null) {
                task.setVariable(key, null);
            }
        }
    }
}
