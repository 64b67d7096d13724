package cn.duban.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of failed logins, per user and client address (see {@link LoginThrottle}).
 *
 * @param delayBase   the wait after the first failed login
 * @param delayFactor each further failure multiplies the wait by this factor
 * @param delayMax    the longest wait, however many failures
 * @param forgetAfter failures older than this (counted from the last one) are forgotten
 * @param maxTracked  how many user-and-address pairs are remembered at most (bounds memory under attack)
 */
@ConfigurationProperties(prefix = LoginProperties.PREFIX)
public record LoginProperties(Duration delayBase, int delayFactor, Duration delayMax, Duration forgetAfter, int maxTracked) {

    public static final String PREFIX = "duban.login";
}
