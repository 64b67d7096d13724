package cn.duban.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * duban's own API: HTTP Basic, or, for reading (GET), the login of Camunda's webapps, so that someone logged into
 * Tasklist or Cockpit can open the scorecard page and Cockpit's dashboard plugin can fetch its summary. Writes
 * still need Basic: a session alone would expose them to cross-site requests. The webapps keep their session in
 * a class of their own; there is no public API for it.
 */
public class BasicOrWebappSession extends HttpBasicAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        HttpSession session = request.getSession(false);
        if (request.getHeader("Authorization") == null && "GET".equals(request.getMethod()) && session != null) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            Authentication login = authentications == null ? null
                    : authentications.getAuthenticationForProcessEngine(engine.getName());
            if (login instanceof UserAuthentication user) {
                AuthenticationResult result = AuthenticationResult.successful(user.getIdentityId());
                result.setGroups(user.getGroupIds());
                return result;
            }
        }
        return super.extractAuthenticatedUser(request, engine);
    }

    /** No Basic challenge: a browser page calling the API should show its own login hint, not the browser's dialog. */
    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    }
}
