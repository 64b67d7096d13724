package cn.duban.notify;

import java.util.Map;
import org.springframework.stereotype.Component;

/** 企业微信群机器人: {@code {"msgtype":"text","text":{"content":…}}} or {@code {"msgtype":"markdown","markdown":{"content":…}}}. */
@Component
class WecomRobot implements NotificationChannel {

    private final Webhooks webhooks;
    private final Addresses addresses;

    WecomRobot(Webhooks webhooks, Addresses addresses) {
        this.webhooks = webhooks;
        this.addresses = addresses;
    }

    @Override
    public Channel channel() {
        return Channel.WECOM;
    }

    @Override
    public void deliver(Notification notification, NotificationRouting routing) {
        webhooks.post(addresses.resolve(notification.address()), message(notification, routing.baseUrl()), "企业微信机器人");
    }

    static Map<String, Object> message(Notification n, String baseUrl) {
        if (n.format() == MessageFormat.MARKDOWN) {
            return Map.of("msgtype", "markdown", "markdown", Map.of("content", RobotMarkdown.of(n, baseUrl)));
        }
        return Map.of("msgtype", "text", "text", Map.of("content", n.bodyWithLink(baseUrl)));
    }
}
