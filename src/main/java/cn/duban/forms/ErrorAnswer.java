package cn.duban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.duban.system.ErrorBody;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Error answers of the engine doors as JSON {@code {"type", "message", "field"}} in Chinese. An answer of the engine
 * that would show its internals (an engine code, SQL, a column definition, a Java class) is replaced by a plain
 * statement of the status; the original goes to the log.
 */
final class ErrorAnswer {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(
            "ENGINE-\\d|SQL|(?i:select |insert into|update .* set|column|varying|constraint)|Exception|\\b(java|javax|jakarta|org|com)\\.[a-z]+\\.|\\$\\{|<html",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private ErrorAnswer() {
    }

    /** Keeps a clear error answer, replaces one that is not JSON, has no message, or shows internals. */
    static void sanitise(ContentCachingResponseWrapper response, String request) throws IOException {
        int status = response.getStatus();
        String original = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        JsonNode parsed = null;
        try {
            parsed = original.isBlank() ? null : JSON.readTree(original);
        } catch (IOException notJson) {
            // replaced below
        }
        String message = parsed != null && parsed.path("message").isTextual() ? parsed.get("message").asText() : "";
        boolean internals = INTERNALS.matcher(message).find() || (parsed == null && INTERNALS.matcher(original).find());
        if (status < 500 && !message.isBlank() && !internals && CHINESE.matcher(message).find()) {
            if (parsed.path("type").asText("").endsWith("Exception")) {
                // the engine names its exception class as the error type; say what kind of refusal it is instead
                ((ObjectNode) parsed).put("type", ErrorBody.type(status));
                response.resetBuffer();
                response.getOutputStream().write(JSON.writeValueAsBytes(parsed));
            }
            return;
        }
        log.warn("{} 答复 {}，原文已替换：{}", request, status, original.length() > 500 ? original.substring(0, 500) : original);
        response.resetBuffer();
        ErrorBody.write(response, status, ErrorBody.type(status), ErrorBody.statement(status), null);
    }
}
