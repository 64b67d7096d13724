package cn.duban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
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

    static void write(HttpServletResponse response, int status, String type, String message, String field) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", type);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
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
                ((ObjectNode) parsed).put("type", plainType(parsed.get("type").asText()));
                response.resetBuffer();
                response.getOutputStream().write(JSON.writeValueAsBytes(parsed));
            }
            return;
        }
        log.warn("{} 答复 {}，原文已替换：{}", request, status, original.length() > 500 ? original.substring(0, 500) : original);
        response.resetBuffer();
        String type = parsed != null && parsed.path("type").isTextual() && status < 500 ? plainType(parsed.get("type").asText()) : "Error";
        ObjectNode body = JSON.createObjectNode();
        body.put("type", type);
        body.put("message", statement(status));
        if (status < 500 && !internals && !message.isBlank()) {
            // the engine's own English wording, kept for administrators reading the answer
            body.put("detail", message);
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    private static String plainType(String type) {
        String plain = type.endsWith("Exception") ? type.substring(0, type.length() - "Exception".length()) : type;
        return plain.matches("[A-Za-z]{1,40}") ? plain : "Error";
    }

    static String statement(int status) {
        return switch (status) {
            case 400 -> "请求内容不正确，请检查提交的字段和参数";
            case 401 -> "请先登录";
            case 403 -> "无权执行此操作";
            case 404 -> "请求的对象不存在，或您无权查看";
            case 405 -> "不支持此请求方法";
            case 409 -> "数据已被他人修改，请刷新后重试";
            case 413 -> "请求体过大";
            case 415 -> "不支持的内容类型，请以 application/json 提交";
            default -> status >= 500 ? "服务器处理出错，已记录在日志中，请稍后重试或联系管理员" : "请求未能处理（" + status + "）";
        };
    }
}
