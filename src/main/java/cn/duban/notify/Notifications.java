package cn.duban.notify;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a {@link Notice} into the outbox, in the transaction of the event that causes it: an in-app row per
 * recipient, and a row per configured route, each with a delivery job of its own. If the event rolls back, so do
 * its notifications; if a channel is down, only its delivery job fails, never the event.
 */
@Service
public class Notifications {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final Outbox outbox;
    private final RoutingFile routingFile;
    private final RuntimeService runtime;

    Notifications(Outbox outbox, RoutingFile routingFile, RuntimeService runtime) {
        this.outbox = outbox;
        this.routingFile = routingFile;
        this.runtime = runtime;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Notice notice) {
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
        NotificationRouting routing = routingFile.routing();
        for (String recipient : new LinkedHashSet<>(notice.recipients())) {
            outbox.add(notice, recipient, Channel.IN_APP, null, now);
            for (NotificationRouting.Route route : routing.routesFor(recipient, notice.kind())) {
                long id = outbox.add(notice, recipient, route.channel(), route, now);
                startDelivery(id);
            }
        }
        log.info("{} {} → {}", notice.kind(), notice.commitmentId(), notice.recipients());
    }

    /**
     * The delivery is a process instance whose first step is an asynchronous job, committed with the event. Started
     * without the caller's authorizations: a bureau filing its report may not start processes, but its report may
     * notify.
     */
    private void startDelivery(long id) {
        Callable<ProcessInstance> start = () -> runtime.startProcessInstanceByKey(DeliveryProcess.KEY,
                DeliveryProcess.businessKey(id), Map.of(DeliveryProcess.NOTIFICATION_ID, id));
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            runtime.startProcessInstanceByKey(DeliveryProcess.KEY, DeliveryProcess.businessKey(id),
                    Map.of(DeliveryProcess.NOTIFICATION_ID, id));
        } else {
            command.runWithoutAuthorization(start);
        }
    }
}
