package cn.duban.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a weak password sent to the user API ({@code POST …/user/create}, {@code PUT …/user/{id}/credentials}, on
 * {@code /engine-rest} and on the webapps' engine API that Admin uses) with 400 and a Chinese message naming what
 * is missing. The engine checks the same policy, but reports a violation as HTTP 500 "Password does not match policy".
 * Only authenticated calls are checked: a stranger gets the API's own 401, not a hint about a user's name.
 */
class PasswordPolicyOnUserApi extends OncePerRequestFilter {

    private static final Pattern CREDENTIALS = Pattern.compile(".*/user/([^/]+)/credentials/?");
    private static final Pattern CREATE = Pattern.compile(".*/user/create/?");

    private final IdentityService identity;
    private final ObjectMapper json;

    PasswordPolicyOnUserApi(IdentityService identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher credentials = CREDENTIALS.matcher(path);
        boolean create = "POST".equals(request.getMethod()) && CREATE.matcher(path).matches();
        boolean update = "PUT".equals(request.getMethod()) && credentials.matches();
        if ((!create && !update) || identity.getCurrentAuthentication() == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Optional<String> weak = weakness(body, create ? null : credentials.group(1));
        if (weak.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", weak.get()));
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private Optional<String> weakness(byte[] body, String userId) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException notJson) {
            return Optional.empty(); // the API answers malformed bodies itself
        }
        if (root == null) {
            return Optional.empty();
        }
        User user;
        JsonNode password;
        if (userId == null) {
            JsonNode profile = root.path("profile");
            user = identity.newUser(profile.path("id").asText(""));
            user.setFirstName(profile.path("firstName").asText(null));
            user.setLastName(profile.path("lastName").asText(null));
            user.setEmail(profile.path("email").asText(null));
            password = root.path("credentials").path("password");
        } else {
            user = identity.createUserQuery().userId(userId).singleResult();
            password = root.path("password");
        }
        return password.isTextual() ? PasswordPolicyMessage.check(identity, password.asText(), user) : Optional.empty();
    }

    /** The request with its body read once and offered again to the API. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
