package cn.duban.authorization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the engine checks a caller's authorizations.
 *
 * @param prefilterGroupsAbove a caller in more groups than this has them narrowed, as Camunda does for everyone, to
 *                             the groups that hold any authorization, by reading every group id of the authorization
 *                             table; a caller in this many or fewer has all its groups checked as they are
 */
@ConfigurationProperties(prefix = "duban.authorization")
public record AuthorizationCheckProperties(@DefaultValue("50") int prefilterGroupsAbove) {

    public AuthorizationCheckProperties {
        if (prefilterGroupsAbove < 0) {
            throw new IllegalArgumentException("duban.authorization.prefilter-groups-above 不能小于 0，而配置为 "
                    + prefilterGroupsAbove);
        }
    }
}
