package cn.duban.identity;

import cn.duban.system.ErrorBody;
import cn.duban.system.RereadableRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
            ErrorBody.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequest", weak.get(), "password");
            return;
        }
        chain.doFilter(new RereadableRequest(request, body), response);
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
}
