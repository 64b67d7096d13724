package cn.duban.notify;

/** A channel did not take the notification; the delivery job fails, is retried and at last raises an incident. */
class DeliveryFailed extends RuntimeException {

    DeliveryFailed(String message) {
        super(message);
    }

    DeliveryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
