package cn.duban.operations;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code notifications}: the 催办通知 backlog — how many wait for delivery and how many failed last
 * time. Up either way: a channel that is down never stops duban, its failures are retried and then incidents in
 * Cockpit; the numbers tell an operator where to look.
 */
@Component("notificationsHealthIndicator")
class NotificationHealth implements HealthIndicator {

    private final EngineBacklog backlog;

    NotificationHealth(EngineBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("waiting", backlog.notificationsWaiting()).withDetail("failed", backlog.notificationsFailed())
                .build();
    }
}
