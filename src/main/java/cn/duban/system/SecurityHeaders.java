package cn.duban.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * duban's pages ({@code /duban/*.html}, scripts, styles) and API send the security headers Camunda's webapps send
 * (their {@code HttpHeaderSecurityFilter} defaults in 7.24), with a stricter script policy: duban's pages have no
 * inline scripts, so only scripts from duban itself run. API data is never stored by browsers or proxies.
 */
class SecurityHeaders extends OncePerRequestFilter {

    /** Camunda's default policy without its nonce, {@code 'unsafe-eval'}, {@code 'unsafe-inline'} and {@code https:} for scripts. */
    static final String CONTENT_SECURITY_POLICY = "base-uri 'self';"
            + "script-src 'self';"
            + "style-src 'unsafe-inline' 'self';"
            + "default-src 'self';"
            + "img-src 'self' data:;"
            + "block-all-mixed-content;"
            + "form-action 'self';"
            + "frame-ancestors 'none';"
            + "object-src 'none';"
            + "sandbox allow-forms allow-scripts allow-same-origin allow-popups allow-downloads";
    static final String API_PREFIX = "/duban/api/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "1; mode=block");
        if (request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
