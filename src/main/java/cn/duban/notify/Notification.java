package cn.duban.notify;

import java.time.LocalDateTime;

/** One outbox row: a notice for one recipient on one channel. Its id is the delivery's idempotency key. */
record Notification(long id, NotificationKind kind, Channel channel, String recipient, String address, String secret,
        MessageFormat format, String commitmentId, String taskId, String title, String body, String link,
        LocalDateTime createdAt, DeliveryStatus status, int attempts, LocalDateTime sentAt, String lastError) {

    /** The body with the task's link appended, as robots and e-mails carry it. */
    String bodyWithLink(String baseUrl) {
        return link == null ? body : body + "\n办理：" + baseUrl + link;
    }
}
