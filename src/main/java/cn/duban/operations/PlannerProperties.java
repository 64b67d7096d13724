package cn.duban.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What duban tells PostgreSQL's planner on each of its connections.
 *
 * @param randomPageCost {@code random_page_cost} of duban's sessions: 1.1 for a database on SSD or held in memory,
 *                       as a production PostgreSQL is; the server's default 4 assumes spinning disks, and with it the
 *                       planner reads every open task by creation time to fill a Tasklist page instead of the
 *                       group's few tasks by index (docs/benchmarks.md). 0 leaves the server's setting.
 */
@ConfigurationProperties(prefix = PlannerProperties.PREFIX)
public record PlannerProperties(@DefaultValue("1.1") double randomPageCost) {

    public static final String PREFIX = "duban.database";

    public PlannerProperties {
        if (randomPageCost != 0 && (randomPageCost < 0.1 || randomPageCost > 100)) {
            throw new IllegalArgumentException(PREFIX + ".random-page-cost 必须在 0.1 到 100 之间（0 表示沿用数据库服务器的设置），当前为 "
                    + randomPageCost);
        }
    }

    /** The statement each new connection runs, or null. */
    String connectionInitSql() {
        return randomPageCost == 0 ? null : "set random_page_cost = " + randomPageCost;
    }
}
