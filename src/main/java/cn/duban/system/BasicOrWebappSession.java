package cn.duban.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * duban's own API: HTTP Basic, or, for reading (GET), the login of Camunda's webapps, so that someone logged into
 * Tasklist or Cockpit can open the scorecard page and Cockpit's dashboard plugin can fetch its summary. Writes
 * still need Basic: a session alone would expose them to cross-site requests. The webapps keep their session in
 * a class of their own ({@link WebappLogin}).
 */
public class BasicOrWebappSession extends HttpBasicAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (request.getHeader("Authorization") == null && "GET".equals(request.getMethod())) {
            Optional<ApiCaller> login = WebappLogin.of(request, engine.getName());
            if (login.isPresent()) {
                AuthenticationResult result = AuthenticationResult.successful(login.get().userId());
                result.setGroups(login.get().groupIds());
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
