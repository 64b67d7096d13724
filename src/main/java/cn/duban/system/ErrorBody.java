package cn.duban.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * duban's error answer, wherever it comes from: JSON {@code {"type", "message", "field"}} with a Chinese message
 * and, where one is at fault, the field, parameter or body named; never stored by a browser.
 */
public final class ErrorBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBody() {
    }

    public static void write(HttpServletResponse response, int status, String type, String message, String field)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(of(type, message, field)));
    }

    public static ObjectNode of(String type, String message, String field) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", type);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }

    /** The kind of refusal a status is, as the {@code type} of an error answer. */
    public static String type(int status) {
        return switch (status) {
            case 400, 413, 415 -> "InvalidRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            default -> status >= 500 ? "ServerError" : "Error";
        };
    }

    /** What a status means, said plainly, for answers that have nothing more precise to say. */
    public static String statement(int status) {
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
