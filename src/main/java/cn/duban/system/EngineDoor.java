package cn.duban.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two doors into the engine's REST resources: {@code /engine-rest/…} (also {@code /engine-rest/engine/{name}/…}),
 * with HTTP Basic, and the webapps' {@code /camunda/api/engine/engine/{name}/…}, with Tasklist's and Cockpit's session.
 * Both lead to the same resources, so duban's guards read the resource path behind either door.
 */
public final class EngineDoor {

    private static final Pattern REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)$");

    private final Pattern webapp;

    public EngineDoor(String webappPath) {
        this.webapp = Pattern.compile("^" + Pattern.quote(webappPath) + "/api/engine/engine/[^/]+(/.*)$");
    }

    /** The resource path behind the door, e.g. {@code /task/42/submit-form}, or empty for any other request. */
    public Optional<String> resourcePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher rest = REST.matcher(path);
        if (rest.matches()) {
            return Optional.of(rest.group(1));
        }
        Matcher session = webapp.matcher(path);
        return session.matches() ? Optional.of(session.group(1)) : Optional.empty();
    }
}
