package cn.duban.overview;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on the engine's task due dates, which Camunda does not create: the 督办总览's overdue tasks (and Tasklist's
 * 全区逾期 filter) ask for the tasks due before now, and without it PostgreSQL reads every open task of the ledger for
 * each call (76 ms at 50,000 commitments, docs/benchmarks.md). Created once the engine has made its tables; an extra
 * index changes nothing of the engine's own schema or upgrades.
 */
@Component
class TaskDueDateIndex {

    static final String NAME = "duban_idx_task_due";

    private static final Logger log = LoggerFactory.getLogger(TaskDueDateIndex.class);

    private final JdbcTemplate jdbc;

    TaskDueDateIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        try {
            jdbc.execute("create index if not exists " + NAME + " on act_ru_task (due_date_)");
        } catch (DataAccessException refused) {
            // several nodes starting at once may race for it; any other cause is worth an operator's look, not a stop
            log.warn("未能创建任务到期时间索引 {}（若另一节点同时启动并已创建则无碍）：{}", NAME,
                    refused.getMostSpecificCause().getMessage());
        }
    }
}
