package cn.duban.scorecard;

import cn.duban.identity.Roles;
import cn.duban.system.ApiCaller;
import java.util.List;

/**
 * Who sees what of the scorecards: published ones and their summary, everyone logged in; drafts, the supervision
 * office, leaders and administrators; a bureau's commitments behind its figures, that bureau and those who read
 * everything (supervision office, leaders, auditors, administrators).
 */
record ScorecardAccess(ApiCaller caller) {

    private static final List<String> DRAFT_READERS = List.of(Roles.SUPERVISION_OFFICE, Roles.LEADERS, Roles.ADMINISTRATORS);
    private static final List<String> DETAIL_READERS = List.of(Roles.SUPERVISION_OFFICE, Roles.LEADERS, Roles.AUDITORS,
            Roles.ADMINISTRATORS);

    boolean seesDrafts() {
        return DRAFT_READERS.stream().anyMatch(caller::isMemberOf);
    }

    boolean sees(Scorecard scorecard) {
        return scorecard.published() || seesDrafts();
    }

    boolean seesDetailsOf(String bureauId) {
        return DETAIL_READERS.stream().anyMatch(caller::isMemberOf) || caller.isMemberOf(bureauId);
    }
}
