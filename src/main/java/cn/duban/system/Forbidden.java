package cn.duban.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** duban's refusal: 403 with {@code {"type":"Forbidden","message":"<the reason, in Chinese>"}}. */
public final class Forbidden {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Forbidden() {
    }

    public static void send(HttpServletResponse response, String reason) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", "Forbidden");
        body.put("message", reason);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
