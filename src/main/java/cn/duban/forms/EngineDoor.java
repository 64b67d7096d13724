package cn.duban.forms;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two doors into the engine's REST resources: {@code /engine-rest/…} (HTTP Basic) and the webapps'
 * {@code /camunda/api/engine/engine/{name}/…} (Tasklist's and Cockpit's session). Both lead to the same resources,
 * so duban's rules read the path behind either door.
 */
final class EngineDoor {

    private static final Pattern WEBAPP = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)$");
    private static final String ENGINE_REST = "/engine-rest";

    private EngineDoor() {
    }

    /** The resource path behind the door, e.g. {@code /task/42/submit-form}, or empty for any other request. */
    static Optional<String> resourcePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(ENGINE_REST + "/")) {
            return Optional.of(path.substring(ENGINE_REST.length()));
        }
        Matcher webapp = WEBAPP.matcher(path);
        return webapp.matches() ? Optional.of(webapp.group(1)) : Optional.empty();
    }

    static boolean isWebapp(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/camunda/");
    }
}
