package cn.duban.notify;

/** An outbox row's state: waiting for its delivery job, delivered, or given up after the last try (an incident). */
enum DeliveryStatus {
    PENDING, SENT, FAILED
}
