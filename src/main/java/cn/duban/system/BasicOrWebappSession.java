package cn.duban.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * duban's own API: HTTP Basic, or, for reading (GET), the login of Camunda's webapps, so that someone logged into
 * Tasklist or Cockpit can open the scorecard page and Cockpit's dashboard plugin can fetch its summary. Writes
 * still need Basic: a session alone would expose them to cross-site requests. The webapps keep their session in
 * a class of their own ({@link WebappLogin}). A write with the session's CSRF token is the webapps' own page
 * calling, and is taken too.
 */
public class BasicOrWebappSession extends HttpBasicAuthenticationProvider {

    /** Where Camunda's webapps keep the session's CSRF token, which their pages send back as {@code X-XSRF-TOKEN}. */
    public static final String CSRF_TOKEN_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (request.getHeader("Authorization") == null
                && ("GET".equals(request.getMethod()) || carriesSessionToken(request))) {
            Optional<ApiCaller> login = WebappLogin.of(request, engine.getName());
            if (login.isPresent()) {
                AuthenticationResult result = AuthenticationResult.successful(login.get().userId());
                result.setGroups(login.get().groupIds());
                return result;
            }
        }
        return super.extractAuthenticatedUser(request, engine);
    }

    /**
     * A write through the session is taken only with the session's own CSRF token in the header, which a page of
     * another site cannot read (Tasklist's uploads of 佐证材料 send it, as Tasklist does for its own API).
     */
    private static boolean carriesSessionToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CSRF_TOKEN_ATTRIBUTE);
        String sent = request.getHeader(CSRF_TOKEN_HEADER);
        return token instanceof String expected && sent != null && !expected.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** No Basic challenge: a browser page calling the API should show its own login hint, not the browser's dialog. */
    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    }
}
