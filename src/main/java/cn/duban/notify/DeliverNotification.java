package cn.duban.notify;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 发送通知, the job of one outbox row: hands it to its channel and records the outcome in a transaction of its own,
 * so that the record survives the job's failure (the attempt and its error) or a failure after sending (no resend).
 * A row already sent is not sent again, whatever retries or a resolved incident bring; a row another job executor is
 * sending (its job outlived the lock and runs twice) is left to it, and this job tries again later.
 */
@Component
class DeliverNotification implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(DeliverNotification.class);

    private final Outbox outbox;
    private final RoutingFile routingFile;
    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
    private final TransactionTemplate ownTransaction;
    private final Duration claimLasts;

    /** @param lockMillis the job executor's lock: a claim that old was made by a job whose node died */
    DeliverNotification(Outbox outbox, RoutingFile routingFile, List<NotificationChannel> channels,
            PlatformTransactionManager transactions,
            @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockMillis) {
        this.claimLasts = Duration.ofMillis(lockMillis);
        this.outbox = outbox;
        this.routingFile = routingFile;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = DeliveryProcess.notificationId(execution.getProcessBusinessKey());
        Notification notification = outbox.find(id)
                .orElseThrow(() -> new DeliveryFailed("通知 " + id + " 不存在"));
        if (notification.status() == DeliveryStatus.SENT) {
            log.info("Notification {} was sent at {}: not sending again", id, notification.sentAt());
            return;
        }
        LocalDateTime claimed = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Notifications.BEIJING);
        if (!Boolean.TRUE.equals(ownTransaction.execute(status -> outbox.claim(id, claimed, claimed.minus(claimLasts))))) {
            if (outbox.find(id).map(Notification::status).orElse(null) == DeliveryStatus.SENT) {
                return;
            }
            throw new SendingElsewhere("通知 " + id + " 正由另一个作业执行器发送，稍后重试");
        }
        try {
            channels.get(notification.channel()).deliver(notification, routingFile.routing());
        } catch (RuntimeException e) {
            // whatever went wrong releases the claim, so the retry sends
            ownTransaction.executeWithoutResult(status -> outbox.markFailed(id, e instanceof DeliveryFailed ? e.getMessage()
                    : "发送出错：" + e));
            log.warn("Notification {} ({} to {}) not delivered: {}", id, notification.channel(), notification.recipient(),
                    e.getMessage());
            throw e;
        }
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Notifications.BEIJING);
        ownTransaction.executeWithoutResult(status -> outbox.markSent(id, now));
        log.info("Notification {} delivered by {} to {}", id, notification.channel(), notification.recipient());
    }

    /** Another delivery of the same row is under way; this job's retry finds it sent, or the claim stale. */
    static final class SendingElsewhere extends RuntimeException {
        SendingElsewhere(String message) {
            super(message);
        }
    }
}
