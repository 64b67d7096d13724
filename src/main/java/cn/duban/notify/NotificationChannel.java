package cn.duban.notify;

/** One way of telling people. A channel either takes the notification or throws {@link DeliveryFailed}. */
interface NotificationChannel {

    Channel channel();

    /**
     * Hands the notification over. Called at most once per try of its delivery job; a channel that cannot detect a
     * repeat (robots, SMTP) may deliver twice if duban stops between handing over and recording it.
     */
    void deliver(Notification notification, NotificationRouting routing);
}
