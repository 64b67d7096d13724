package cn.duban.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users and groups duban sets up at start-up.
 *
 * @param demoUsers    create the documented demo users (demo profile only), password {@code demoPassword}
 * @param demoPassword the demo users' password; never used outside the demo profile
 */
@ConfigurationProperties(prefix = IdentityProperties.PREFIX)
public record IdentityProperties(boolean demoUsers, String demoPassword) {

    public static final String PREFIX = "duban.identity";
}
