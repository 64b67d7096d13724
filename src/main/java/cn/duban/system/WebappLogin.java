package cn.duban.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is logged into Camunda's webapps (Tasklist, Cockpit, Admin) in this request's session. The webapps keep their
 * login in a class of their own; there is no public API for it.
 */
public final class WebappLogin {

    private WebappLogin() {
    }

    public static Optional<ApiCaller> of(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        Authentication login = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
        return login instanceof UserAuthentication user
                ? Optional.of(new ApiCaller(user.getIdentityId(), user.getGroupIds()))
                : Optional.empty();
    }
}
