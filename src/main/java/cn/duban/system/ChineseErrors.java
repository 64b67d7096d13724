package cn.duban.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error answer that reaches {@code /error}, in place of Spring's: JSON {@code {"type", "message", "field"}} in
 * Chinese, naming the request parameter or the body at fault, never an exception's text; to a person's browser
 * (outside the API paths) the Chinese {@link ErrorPage} instead. Camunda's webapps refuse a user without access to
 * an app ({@code /camunda/app/cockpit/…}) with {@code sendError(403)}, which arrives here too. {@code /error} opened
 * directly is a 404, not a 500.
 */
@RestController
@ConditionalOnWebApplication
class ChineseErrors implements ErrorController {

    private final ErrorAttributes errors;

    ChineseErrors(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 404;
        Throwable cause = errors.getError(new ServletWebRequest(request));
        String field = null;
        String message = ErrorBody.statement(status);
        if (cause instanceof MethodArgumentTypeMismatchException mismatch) {
            field = mismatch.getName();
            message = "请求参数「" + field + "」的值不正确";
        } else if (cause instanceof MissingServletRequestParameterException missing) {
            field = missing.getParameterName();
            message = "缺少请求参数「" + field + "」";
        } else if (cause instanceof HttpMessageNotReadableException) {
            field = "body";
            message = "请求体不是有效的 JSON，或字段类型不正确";
        } else if (cause instanceof HttpMediaTypeNotSupportedException) {
            field = "Content-Type";
        } else if (cause instanceof HttpRequestMethodNotSupportedException) {
            field = "method";
        }
        // written here rather than returned, so that no content negotiation can turn it into another error
        // (an API answer asked for with Accept: text/html) or into Spring's Whitelabel page
        String path = originalPath(request);
        if (ErrorPage.wanted(path, request.getHeader(HttpHeaders.ACCEPT))) {
            ErrorPage.write(response, status, path);
        } else {
            ErrorBody.write(response, status, ErrorBody.type(status), message, field);
        }
    }

    /** The path that failed, below the context path; {@code /error} itself when it was opened directly. */
    private static String originalPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String text ? text : request.getRequestURI();
        String context = request.getContextPath();
        return !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
