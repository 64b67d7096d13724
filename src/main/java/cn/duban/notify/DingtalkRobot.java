package cn.duban.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * 钉钉自定义机器人: {@code {"msgtype":"text","text":{"content":…}}} or {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}.
 * With a secret (加签) the URL gets {@code timestamp} (ms) and {@code sign} = urlencode(base64(HmacSHA256(secret,
 * timestamp + "\n" + secret))); 钉钉 refuses a timestamp more than an hour off, so it is the wall clock, not the engine's.
 */
@Component
class DingtalkRobot implements NotificationChannel {

    private final Webhooks webhooks;
    private final Addresses addresses;

    DingtalkRobot(Webhooks webhooks, Addresses addresses) {
        this.webhooks = webhooks;
        this.addresses = addresses;
    }

    @Override
    public Channel channel() {
        return Channel.DINGTALK;
    }

    @Override
    public void deliver(Notification notification, NotificationRouting routing) {
        String url = addresses.resolve(notification.address());
        String secret = addresses.resolve(notification.secret());
        if (secret != null && !secret.isBlank()) {
            long timestamp = System.currentTimeMillis();
            url += (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + sign(timestamp, secret);
        }
        webhooks.post(url, message(notification, routing.baseUrl()), "钉钉机器人");
    }

    static String sign(long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(signature), StandardCharsets.UTF_8);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static Map<String, Object> message(Notification n, String baseUrl) {
        if (n.format() == MessageFormat.MARKDOWN) {
            return Map.of("msgtype", "markdown", "markdown", Map.of("title", n.title(), "text", RobotMarkdown.of(n, baseUrl)));
        }
        return Map.of("msgtype", "text", "text", Map.of("content", n.bodyWithLink(baseUrl)));
    }
}
