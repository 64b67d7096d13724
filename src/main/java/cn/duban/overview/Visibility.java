package cn.duban.overview;

import cn.duban.system.ApiCaller;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which commitments a caller may see on duban's pages: everything for the groups that read the whole ledger,
 * otherwise those whose lead bureau, co-lead bureau or responsible leader is one of the caller's groups
 * (bureau and leader ids are group ids).
 */
@Component
public class Visibility {

    private final OverviewProperties properties;

    Visibility(OverviewProperties properties) {
        this.properties = properties;
    }

    public Scope of(ApiCaller caller) {
        List<String> groups = caller.groupIds() == null ? List.of() : List.copyOf(caller.groupIds());
        boolean everything = properties.wholeLedgerGroups().stream().anyMatch(groups::contains);
        return new Scope(everything, groups);
    }

    /** {@code everything}, or the caller's groups to match against lead bureau, co-lead bureaus and leader. */
    public record Scope(boolean everything, List<String> groups) {

        public boolean sees(String leadBureau, List<String> coBureaus, String leader) {
            return everything || groups.contains(leadBureau) || groups.contains(leader) || coBureaus.stream().anyMatch(groups::contains);
        }
    }
}
