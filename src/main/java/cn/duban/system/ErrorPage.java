package cn.duban.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The Chinese error page a person sees in the browser (status, what it means, what to do, links back to 任务清单 and
 * 督办总览), in place of Spring's Whitelabel page or Tomcat's report. API clients keep getting {@link ErrorBody}: every
 * request under the API prefixes, and every request that does not ask for HTML before JSON.
 */
public final class ErrorPage {

    /** Paths whose callers are programs: always JSON, whatever they accept. */
    static final List<String> API_PREFIXES = List.of("/engine-rest", "/duban/api", "/camunda/api");
    private static final Pattern WEBAPP = Pattern.compile("^/camunda/app/(cockpit|admin|tasklist|welcome)(/.*)?$");
    private static final int MAX_PATH = 200;
    private static final String TEMPLATE = load("/templates/duban-error.html");

    private ErrorPage() {
    }

    /**
     * Whether the caller of {@code path} (below the context path) is a person's browser: not an API path, and the
     * {@code Accept} header names {@code text/html} (or XHTML) with a quality at least that of JSON.
     */
    public static boolean wanted(String path, String accept) {
        if (path != null && API_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
            return false;
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double html = 0;
        double json = 0;
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    continue;
                }
                if (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
                    html = Math.max(html, type.getQualityValue());
                } else if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    json = Math.max(json, type.getQualityValue());
                }
            }
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        return html > 0 && html >= json;
    }

    /** Writes the page for {@code status}, explaining it for the path that was asked for. */
    public static void write(HttpServletResponse response, int status, String path) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(render(status, path).getBytes(StandardCharsets.UTF_8));
    }

    /** The page as HTML text. */
    static String render(int status, String path) {
        String shown = path == null ? "" : path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path;
        String[] text = text(status, shown);
        return TEMPLATE.replace("{{status}}", String.valueOf(status))
                .replace("{{title}}", escape(text[0]))
                .replace("{{explanation}}", escape(text[1]))
                .replace("{{advice}}", escape(text[2]))
                .replace("{{path}}", escape(shown));
    }

    /** Title, explanation and advice for a status, in Chinese; for a refused webapp, naming the webapp and who may use it. */
    static String[] text(int status, String path) {
        String back = "请从任务清单或督办总览重新进入；如确需此功能，请联系系统管理员。";
        return switch (status) {
            case 400 -> new String[] {"地址或请求有误", "您打开的地址不完整或含有无效的字符，服务器无法处理。", back};
            case 401 -> new String[] {"请先登录", "打开此页面需要先登录。", "请在任务清单的登录页用您的用户名和密码登录后再试。"};
            case 403 -> new String[] {"无权访问", refusal(path), "您的账号可以在任务清单中办理交给本单位（本人）的任务。" + back};
            case 404 -> new String[] {"页面不存在", "您要打开的页面不存在：地址可能有误，或页面已经移除。", back};
            case 405 -> new String[] {"无法以这种方式打开", "此地址不支持这种请求方式（例如直接在浏览器中打开了只能提交的地址）。", back};
            default -> status >= 500
                    ? new String[] {"服务器出错", "服务器处理您的请求时出错，错误已记录在日志中。", "请稍后重试；如仍不能打开，请联系系统管理员。"}
                    : new String[] {"请求未能处理", ErrorBody.statement(status) + "。", back};
        };
    }

    private static String refusal(String path) {
        Matcher webapp = WEBAPP.matcher(path);
        if (!webapp.matches()) {
            return "您的账号没有打开此页面的权限。";
        }
        return switch (webapp.group(1)) {
            case "cockpit" -> "驾驶舱（Cockpit 流程监控）仅供区政府督查室、审计和系统管理员使用，您的账号没有访问权限。";
            case "admin" -> "系统管理（Admin）仅供系统管理员使用，您的账号没有访问权限。";
            default -> "您的账号没有使用此应用的权限。";
        };
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String load(String resource) {
        try (InputStream in = ErrorPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少错误页模板 " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
