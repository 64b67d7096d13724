package cn.duban.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Reads the engine as duban itself, for a caller duban has already decided may see the result: the engine's own
 * authorization checks apply to the authenticated user only, so the caller's authentication is set aside for the
 * read and put back after it.
 */
public final class AsDuban {

    private AsDuban() {
    }

    public static <T> T read(IdentityService identity, Supplier<T> read) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return read.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
