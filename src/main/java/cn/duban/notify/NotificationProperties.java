package cn.duban.notify;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the notification routing lives.
 *
 * @param routingFile which bureau, leader or group gets which channel and address; without the file, in-app only
 */
@ConfigurationProperties(prefix = NotificationProperties.PREFIX)
public record NotificationProperties(@DefaultValue("config/notifications.yaml") Path routingFile) {

    public static final String PREFIX = "duban.notifications";
}
