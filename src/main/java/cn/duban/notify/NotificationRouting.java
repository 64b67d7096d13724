package cn.duban.notify;

import java.util.List;
import java.util.Set;

/**
 * {@code config/notifications.yaml}: who gets which channel and address. Addresses and secrets stay as written, with
 * their {@code ${ENV}} placeholders, until a delivery resolves them: keys never reach the database or the logs.
 *
 * @param baseUrl  how people reach duban, put before the task links in robot messages and e-mails
 * @param mailFrom sender address of e-mails
 * @param routes   one line per recipient and channel
 */
record NotificationRouting(String baseUrl, String mailFrom, List<Route> routes) {

    static final NotificationRouting IN_APP_ONLY = new NotificationRouting("", null, List.of());

    NotificationRouting {
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    List<Route> routesFor(String recipient, NotificationKind kind) {
        return routes.stream().filter(route -> route.to().equals(recipient) && route.carries(kind)).toList();
    }

    /**
     * @param to      bureau, leader or group id (as in bureaus.yaml, leaders.yaml and users.yaml)
     * @param channel wecom, dingtalk or email
     * @param address the robot's webhook URL or the e-mail address
     * @param secret  钉钉 only: the robot's signing secret (加签), usually {@code ${DUBAN_DINGTALK_SECRET_…}}
     * @param format  text (default) or markdown, for robots
     * @param events  the kinds this route carries; empty for all
     */
    record Route(String to, Channel channel, String address, String secret, MessageFormat format, Set<NotificationKind> events) {

        Route {
            if (to == null || to.isBlank() || channel == null || channel == Channel.IN_APP || address == null || address.isBlank()) {
                throw new IllegalArgumentException("config/notifications.yaml：每条 routes 须有 to、channel（wecom、dingtalk 或 email）和 address");
            }
            format = format == null ? MessageFormat.TEXT : format;
            events = events == null ? Set.of() : Set.copyOf(events);
        }

        boolean carries(NotificationKind kind) {
            return events.isEmpty() || events.contains(kind);
        }
    }
}
