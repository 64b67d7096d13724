package cn.duban.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * duban's gauges, read at every scrape: in Prometheus {@code duban_engine_jobs_due}, {@code duban_engine_jobs_failed},
 * {@code duban_engine_incidents_open}, {@code duban_reports_overdue}, {@code duban_notifications_waiting} and
 * {@code duban_notifications_failed}.
 */
@Component
class DubanGauges implements MeterBinder {

    private final EngineBacklog backlog;

    DubanGauges(EngineBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "duban.engine.jobs.due", "到期待执行的作业（有剩余重试、未挂起）", EngineBacklog::jobsDue);
        gauge(registry, "duban.engine.jobs.failed", "重试次数已用尽的作业（各有一个待处理的事件）", EngineBacklog::jobsFailed);
        gauge(registry, "duban.engine.incidents.open", "未解决的流程事件（incident）", EngineBacklog::openIncidents);
        gauge(registry, "duban.reports.overdue", "已过报送期限仍未报送、事项仍在办理中的进度报告", EngineBacklog::overdueReports);
        gauge(registry, "duban.notifications.waiting", "尚未送达的通知（机器人、邮件；含重试中的）", EngineBacklog::notificationsWaiting);
        gauge(registry, "duban.notifications.failed", "最近一次送达失败的通知", EngineBacklog::notificationsFailed);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<EngineBacklog> count) {
        Gauge.builder(name, backlog, count).description(description).strongReference(true).register(registry);
    }
}
