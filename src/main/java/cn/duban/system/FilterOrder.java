package cn.duban.system;

import org.springframework.core.Ordered;

/** The order of duban's servlet filters: guards that ask who is calling run after the caller is authenticated. */
public final class FilterOrder {

    public static final int AUTHENTICATION = Ordered.LOWEST_PRECEDENCE - 100;
    public static final int AFTER_AUTHENTICATION = AUTHENTICATION + 10;

    private FilterOrder() {
    }
}
