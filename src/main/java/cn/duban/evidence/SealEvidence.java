package cn.duban.evidence;

import cn.duban.system.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a task that takes evidence is completed, in the same transaction, its files become part of the record: from
 * then on nobody can remove them (and on PostgreSQL the database itself refuses). Listens on the engine's Spring
 * event bridge, so every such task is covered without a listener in each model.
 */
@Component
class SealEvidence {

    private final EvidenceStore store;

    SealEvidence(EvidenceStore store) {
        this.store = store;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    void onComplete(DelegateTask task) {
        if (EvidencePurpose.ofTask(task.getTaskDefinitionKey()).isPresent()) {
            store.seal(task.getId(), EngineClock.now());
        }
    }
}
