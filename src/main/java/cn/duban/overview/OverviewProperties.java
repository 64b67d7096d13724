package cn.duban.overview;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who reads the whole ledger on the overview and the commitment pages, and how many overdue tasks it lists
 * ({@code duban.overview}).
 *
 * @param wholeLedgerGroups groups that see every commitment: the supervision office, auditors, administrators and
 *                          the leader in overall charge (区长); every other leader sees the commitments they are
 *                          responsible for, every bureau those it leads or co-leads
 * @param overdueTasksListed how many overdue tasks the overview lists, the longest overdue first (all are counted);
 *                          1 to 5,000
 */
@ConfigurationProperties(prefix = "duban.overview")
public record OverviewProperties(List<String> wholeLedgerGroups, @DefaultValue("200") int overdueTasksListed) {

    static final int MAX_LISTED = 5000;

    public OverviewProperties {
        wholeLedgerGroups = wholeLedgerGroups == null ? List.of() : List.copyOf(wholeLedgerGroups);
        if (overdueTasksListed < 1 || overdueTasksListed > MAX_LISTED) {
            throw new IllegalArgumentException("duban.overview.overdue-tasks-listed 应为 1 到 " + MAX_LISTED
                    + " 之间的整数，而不是 " + overdueTasksListed);
        }
    }
}
