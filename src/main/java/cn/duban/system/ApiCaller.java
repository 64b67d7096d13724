package cn.duban.system;

import java.util.List;
import java.util.Optional;

/** Who called duban's API in the current request, as authenticated by the REST filter. */
public record ApiCaller(String userId, List<String> groupIds) {

    private static final ThreadLocal<ApiCaller> CURRENT = new ThreadLocal<>();

    public static Optional<ApiCaller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public boolean isMemberOf(String groupId) {
        return groupIds != null && groupIds.contains(groupId);
    }

    static void set(ApiCaller caller) {
        CURRENT.set(caller);
    }

    static void clear() {
        CURRENT.remove();
    }
}
