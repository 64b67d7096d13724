package cn.duban.standing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Once the engine runs, the end of every commitment process its history holds and the standing does not: the
 * processes that ended before the standing existed (the migration creating it runs before the engine's tables do on
 * a new database). Later ends are recorded as they happen ({@link ProcessEndsRecorded}), so a start finds nothing to do.
 */
@Component
class EndsFromHistory {

    private static final Logger log = LoggerFactory.getLogger(EndsFromHistory.class);

    private final JdbcTemplate jdbc;

    EndsFromHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillIn() {
        int filled = jdbc.update("""
                update commitment_standing set
                    ended_at = (select p.end_time_ from commitment c join act_hi_procinst p on p.proc_inst_id_ = c.process_instance_id
                                where c.id = commitment_standing.commitment_id),
                    end_activity = (select p.end_act_id_ from commitment c join act_hi_procinst p on p.proc_inst_id_ = c.process_instance_id
                                    where c.id = commitment_standing.commitment_id)
                where ended_at is null and exists (
                    select 1 from commitment c join act_hi_procinst p on p.proc_inst_id_ = c.process_instance_id
                    where c.id = commitment_standing.commitment_id and p.end_time_ is not null)""");
        if (filled > 0) {
            log.info("已从流程历史补记 {} 个承诺事项的结束情况", filled);
        }
    }
}
