package cn.duban.notify;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 发送通知, the job of one outbox row: hands it to its channel and records the outcome in a transaction of its own,
 * so that the record survives the job's failure (the attempt and its error) or a failure after sending (no resend).
 * A row already sent is not sent again, whatever retries or a resolved incident bring.
 */
@Component
class DeliverNotification implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(DeliverNotification.class);

    private final Outbox outbox;
    private final RoutingFile routingFile;
    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
    private final TransactionTemplate ownTransaction;

    DeliverNotification(Outbox outbox, RoutingFile routingFile, List<NotificationChannel> channels,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.routingFile = routingFile;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(DeliveryProcess.NOTIFICATION_ID)).longValue();
        Notification notification = outbox.find(id)
                .orElseThrow(() -> new DeliveryFailed("通知 " + id + " 不存在"));
        if (notification.status() == DeliveryStatus.SENT) {
            log.info("Notification {} was sent at {}: not sending again", id, notification.sentAt());
            return;
        }
        try {
            channels.get(notification.channel()).deliver(notification, routingFile.routing());
        } catch (DeliveryFailed e) {
            ownTransaction.executeWithoutResult(status -> outbox.markFailed(id, e.getMessage()));
            log.warn("Notification {} ({} to {}) not delivered: {}", id, notification.channel(), notification.recipient(),
                    e.getMessage());
            throw e;
        }
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Notifications.BEIJING);
        ownTransaction.executeWithoutResult(status -> outbox.markSent(id, now));
        log.info("Notification {} delivered by {} to {}", id, notification.channel(), notification.recipient());
    }
}
