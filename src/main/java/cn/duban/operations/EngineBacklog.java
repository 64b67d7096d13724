package cn.duban.operations;

import cn.duban.system.AsDuban;
import cn.duban.system.EngineClock;
import java.sql.Timestamp;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What is waiting for the engine and for the bureaus, counted as duban itself (whoever is logged in, the engine's
 * authorization checks do not shrink the counts), on the engine clock.
 */
@Component
class EngineBacklog {

    /** Open report periods past due whose commitment is still running (its process instance has an execution). */
    static final String OVERDUE_REPORTS = """
            select count(*) from report_period p
            where p.filed_at is null and p.due_at < ?
              and exists (select 1 from ACT_RU_EXECUTION e where e.ID_ = p.process_instance_id)""";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    EngineBacklog(ManagementService management, RuntimeService runtime, IdentityService identity, JdbcTemplate jdbc) {
        this.management = management;
        this.runtime = runtime;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** Notifications for a robot or an inbox not yet delivered: waiting for their job, or failed and retrying. */
    long notificationsWaiting() {
        return count("select count(*) from notification where status <> 'SENT'");
    }

    /** Notifications whose last delivery failed (after the last try, an incident in Cockpit). */
    long notificationsFailed() {
        return count("select count(*) from notification where status = 'FAILED'");
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    /** Jobs the job executor should run now: due, with retries left, not suspended. */
    long jobsDue() {
        return AsDuban.read(identity, () -> management.createJobQuery().executable().active().count());
    }

    /** Jobs whose retries are used up: each is an incident someone has to look at in Cockpit. */
    long jobsFailed() {
        return AsDuban.read(identity, () -> management.createJobQuery().noRetriesLeft().count());
    }

    long openIncidents() {
        return AsDuban.read(identity, () -> runtime.createIncidentQuery().count());
    }

    long overdueReports() {
        Long count = jdbc.queryForObject(OVERDUE_REPORTS, Long.class, Timestamp.from(EngineClock.now()));
        return count == null ? 0 : count;
    }
}
