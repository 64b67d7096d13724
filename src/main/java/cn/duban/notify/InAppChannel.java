package cn.duban.notify;

import org.springframework.stereotype.Component;

/**
 * duban's inbox: the outbox row is the notification, read through {@code /duban/api/notifications}; there is
 * nothing to hand over, so it is delivered the moment its transaction commits, exactly once.
 */
@Component
class InAppChannel implements NotificationChannel {

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public void deliver(Notification notification, NotificationRouting routing) {
        // the row written with the event is what the person's inbox shows
    }
}
