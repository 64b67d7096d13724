package cn.duban.records;

import cn.duban.system.ApiCaller;
import cn.duban.system.Forbidden;
import cn.duban.system.EngineCaller;
import cn.duban.system.EngineDoor;
import cn.duban.system.RereadableRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of both doors to the engine API, the engine REST API (HTTP Basic) and the webapps' API that Tasklist and
 * Cockpit use (session login): refuses, with 403 and a Chinese reason, every comment, attachment or operation-log
 * annotation written against {@link WriteRules}, before the engine changes anything.
 */
final class RecordsGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final WriteRules rules;
    private final EngineDoor door;

    RecordsGuard(ProcessEngine engine, EngineDoor door) {
        this.engine = engine;
        this.rules = new WriteRules(engine);
        this.door = door;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RecordWrite> write = door.resourcePath(request).flatMap(path -> RecordWrite.of(request.getMethod(), path));
        Optional<ApiCaller> caller = write.isEmpty() ? Optional.empty() : EngineCaller.of(request, engine);
        if (write.isEmpty() || caller.isEmpty()) {
            // nothing written, or nobody logged in: the doors' own authentication answers 401
            chain.doFilter(request, response);
            return;
        }
        // only comment bodies are read: an attachment's content may be large and its fields are not needed
        RereadableRequest body = write.get().readsBody()
                ? new RereadableRequest(request, request.getInputStream().readAllBytes()) : null;
        Optional<String> refusal = rules.refusal(caller.get(), write.get(), body == null ? name -> null : field(body));
        if (refusal.isPresent()) {
            Forbidden.send(response, refusal.get());
        } else {
            chain.doFilter(body == null ? request : body, response);
        }
    }

    private static Function<String, String> field(RereadableRequest body) {
        return name -> {
            try {
                JsonNode value = JSON.readTree(body.body()).get(name);
                return value == null || value.isNull() ? null : value.asText();
            } catch (IOException notJson) {
                // the engine API answers a malformed body itself
                return null;
            }
        };
    }
}
