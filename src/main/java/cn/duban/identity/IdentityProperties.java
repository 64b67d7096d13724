package cn.duban.identity;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users and groups duban sets up at start-up.
 *
 * @param demoUsers           create the documented demo users (demo profile only), password {@code demoPassword}
 * @param demoPassword        the demo users' password; never used outside the demo profile
 * @param usersFile           further users, created at start-up when missing (no passwords in the file)
 * @param activationCodesFile where the one-time codes for new users' first login are written for the administrator
 * @param activationDays      how long an activation code is valid
 */
@ConfigurationProperties(prefix = IdentityProperties.PREFIX)
public record IdentityProperties(boolean demoUsers, String demoPassword, Path usersFile, Path activationCodesFile,
        int activationDays) {

    public static final String PREFIX = "duban.identity";
}
