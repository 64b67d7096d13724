package cn.duban.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who sends a request through either engine door: the REST login duban's authentication filter made (kept as
 * {@link ApiCaller}, whichever engine instance the REST filter found), the engine's current authentication, or the
 * webapps' session login.
 */
public final class EngineCaller {

    private EngineCaller() {
    }

    public static Optional<ApiCaller> of(HttpServletRequest request, ProcessEngine engine) {
        Optional<ApiCaller> rest = ApiCaller.current();
        if (rest.isPresent()) {
            return rest;
        }
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return Optional.of(new ApiCaller(current.getUserId(), current.getGroupIds()));
        }
        return WebappLogin.of(request, engine.getName());
    }
}
