package cn.duban.standing;

import cn.duban.commitment.CommitmentProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The end of a commitment's process, recorded in its standing from the same history event that writes the engine's
 * {@code ACT_HI_PROCINST} end, in the same transaction: every end counts, a cancellation from Cockpit included, which
 * an execution listener would miss when listeners are skipped. The engine's own history handler stays on.
 */
@Component
class ProcessEndsRecorded extends AbstractProcessEnginePlugin {

    private final CommitmentStandings standings;

    ProcessEndsRecorded(CommitmentStandings standings) {
        this.standings = standings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (event instanceof HistoricProcessInstanceEventEntity end
                        && HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(end.getEventType())
                        && CommitmentProcess.KEY.equals(end.getProcessDefinitionKey())) {
                    standings.ended(end.getProcessInstanceId(), end.getEndActivityId(), end.getEndTime().toInstant());
                }
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
