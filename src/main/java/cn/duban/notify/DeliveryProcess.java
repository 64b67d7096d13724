package cn.duban.notify;

/** Names shared by the {@code notification-delivery} process model and the code that starts and runs it. */
public final class DeliveryProcess {

    public static final String KEY = "notification-delivery";
    public static final String TASK_DELIVER = "Task_DeliverNotification";
    /** Process variable: the outbox id, which is also the business key after {@code notification-}. */
    public static final String NOTIFICATION_ID = "notificationId";

    private DeliveryProcess() {
    }

    static String businessKey(long notificationId) {
        return "notification-" + notificationId;
    }
}
