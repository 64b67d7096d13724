package cn.duban.records;

import cn.duban.system.ApiCaller;
import cn.duban.system.Forbidden;
import cn.duban.system.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of both doors to the engine API, the engine REST API (HTTP Basic) and the webapps' API that Tasklist and
 * Cockpit use (session login): refuses, with 403 and a Chinese reason, every comment, attachment or operation-log
 * annotation written against {@link WriteRules}, before the engine changes anything.
 */
final class RecordsGuard extends OncePerRequestFilter {

    private static final Pattern REST_ROOT = Pattern.compile("/engine-rest(?:/engine/[^/]+)?(/.*)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final WriteRules rules;
    private final Pattern webappRoot;

    RecordsGuard(ProcessEngine engine, String webappPath) {
        this.engine = engine;
        this.rules = new WriteRules(engine);
        this.webappRoot = Pattern.compile(Pattern.quote(webappPath) + "/api/engine/engine/[^/]+(/.*)");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Matcher rest = REST_ROOT.matcher(path);
        Matcher webapp = webappRoot.matcher(path);
        String below = rest.matches() ? rest.group(1) : webapp.matches() ? webapp.group(1) : null;
        Optional<RecordWrite> write = below == null ? Optional.empty() : RecordWrite.of(request.getMethod(), below);
        Optional<ApiCaller> caller = write.isEmpty() ? Optional.empty() : rest.matches() ? restCaller() : WebappLogin.of(request, engine.getName());
        if (write.isEmpty() || caller.isEmpty()) {
            // nothing written, or nobody logged in: the doors' own authentication answers 401
            chain.doFilter(request, response);
            return;
        }
        // only comment bodies are read: an attachment's content may be large and its fields are not needed
        CachedBody body = write.get().readsBody() ? new CachedBody(request) : null;
        Optional<String> refusal = rules.refusal(caller.get(), write.get(), body == null ? name -> null : field(body));
        if (refusal.isPresent()) {
            Forbidden.send(response, refusal.get());
        } else {
            chain.doFilter(body == null ? request : body, response);
        }
    }

    /** Set by duban's REST authentication filter, which runs first. */
    private Optional<ApiCaller> restCaller() {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? Optional.empty()
                : Optional.of(new ApiCaller(authentication.getUserId(), authentication.getGroupIds()));
    }

    private static Function<String, String> field(CachedBody body) {
        return name -> {
            try {
                JsonNode value = JSON.readTree(body.bytes()).get(name);
                return value == null || value.isNull() ? null : value.asText();
            } catch (IOException notJson) {
                // the engine API answers a malformed body itself
                return null;
            }
        };
    }
}
