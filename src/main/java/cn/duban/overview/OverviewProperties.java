package cn.duban.overview;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who reads the whole ledger on the overview and the commitment pages ({@code duban.overview}).
 *
 * @param wholeLedgerGroups groups that see every commitment: the supervision office, auditors, administrators and
 *                          the leader in overall charge (区长); every other leader sees the commitments they are
 *                          responsible for, every bureau those it leads or co-leads
 */
@ConfigurationProperties(prefix = "duban.overview")
public record OverviewProperties(List<String> wholeLedgerGroups) {

    public OverviewProperties {
        wholeLedgerGroups = wholeLedgerGroups == null ? List.of() : List.copyOf(wholeLedgerGroups);
    }
}
