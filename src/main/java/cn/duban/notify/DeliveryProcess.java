package cn.duban.notify;

/** Names shared by the {@code notification-delivery} process model and the code that starts and runs it. */
public final class DeliveryProcess {

    public static final String KEY = "notification-delivery";
    public static final String TASK_DELIVER = "Task_DeliverNotification";
    /** Process variable: the outbox id, which is also the business key after {@code notification-}. */
    public static final String NOTIFICATION_ID = "notificationId";

    private DeliveryProcess() {
    }

    private static final String PREFIX = "notification-";

    static String businessKey(long notificationId) {
        return PREFIX + notificationId;
    }

    /** The outbox id from the instance's business key, which no variable write can change. */
    static long notificationId(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(PREFIX)) {
            throw new DeliveryFailed("发送实例的业务键不是通知编号：" + businessKey);
        }
        return Long.parseLong(businessKey.substring(PREFIX.length()));
    }
}
