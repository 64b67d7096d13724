package cn.duban.forms;

import cn.duban.identity.Roles;
import cn.duban.system.ApiCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** Who sends a request through an engine door: the REST login already made, or the webapps' session login. */
record Caller(String userId, List<String> groupIds) {

    boolean isAdministrator() {
        return groupIds.contains(Roles.ADMINISTRATORS);
    }

    static Optional<Caller> of(HttpServletRequest request, ProcessEngine engine) {
        Optional<ApiCaller> authenticated = ApiCaller.current();
        if (authenticated.isPresent()) {
            List<String> groups = authenticated.get().groupIds();
            return Optional.of(new Caller(authenticated.get().userId(), groups == null ? List.of() : groups));
        }
        Authentication rest = engine.getIdentityService().getCurrentAuthentication();
        if (rest != null && rest.getUserId() != null) {
            return Optional.of(new Caller(rest.getUserId(), rest.getGroupIds() == null ? List.of() : rest.getGroupIds()));
        }
        HttpSession session = request.getSession(false);
        if (session == null || !EngineDoor.isWebapp(request)) {
            return Optional.empty();
        }
        // the webapps keep their login in a class of their own; Camunda has no public API for it
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        var login = logins == null ? null : logins.getAuthenticationForProcessEngine(engine.getName());
        if (login instanceof UserAuthentication user) {
            return Optional.of(new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
        }
        return Optional.empty();
    }
}
