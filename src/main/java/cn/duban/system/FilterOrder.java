package cn.duban.system;

import org.springframework.core.Ordered;

/**
 * The order of duban's servlet filters: security headers first, so even a refusal carries them; then the login;
 * then the guards that ask who is calling.
 */
public final class FilterOrder {

    public static final int HEADERS = Ordered.LOWEST_PRECEDENCE - 110;
    public static final int AUTHENTICATION = Ordered.LOWEST_PRECEDENCE - 100;
    public static final int AFTER_AUTHENTICATION = AUTHENTICATION + 10;

    private FilterOrder() {
    }
}
