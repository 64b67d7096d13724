package cn.duban.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's plugin API ({@code /camunda/api/cockpit/…}) answers only users with Cockpit access (APPLICATION
 * {@code cockpit} ACCESS). Camunda's own rules ask only for a login there, so a bureau clerk logged into Tasklist could
 * call Cockpit's queries directly. The plugins' static scripts stay open: Cockpit loads them before anyone logs in.
 */
final class CockpitApiAccess extends OncePerRequestFilter {

    static final String COCKPIT = "cockpit";
    static final String REFUSED = "您没有 Cockpit 的访问权限（仅区政府督查室、审计和系统管理员可用）";

    private final ProcessEngine engine;
    private final Pattern staticResource;

    CockpitApiAccess(ProcessEngine engine, String webappPath) {
        this.engine = engine;
        this.staticResource = Pattern.compile(Pattern.quote(webappPath) + "/api/cockpit/plugin/[^/]+/static/.*");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<ApiCaller> caller = WebappLogin.of(request, engine.getName());
        boolean open = "GET".equals(request.getMethod()) && staticResource.matcher(path).matches();
        // nobody logged in: Camunda's own security filter answers 401
        if (open || caller.isEmpty() || mayUseCockpit(caller.get())) {
            chain.doFilter(request, response);
        } else {
            Forbidden.send(response, REFUSED);
        }
    }

    private boolean mayUseCockpit(ApiCaller caller) {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authentication current = identity.getCurrentAuthentication();
        // asking about the caller's own grants needs no grant to read authorizations
        identity.clearAuthentication();
        try {
            return authorizations.isUserAuthorized(caller.userId(), caller.groupIds(), Permissions.ACCESS,
                    Resources.APPLICATION, COCKPIT);
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<CockpitApiAccess> cockpitApiAccess(ProcessEngine engine, CamundaBpmProperties camunda) {
            String webapp = camunda.getWebapp().getApplicationPath();
            FilterRegistrationBean<CockpitApiAccess> registration =
                    new FilterRegistrationBean<>(new CockpitApiAccess(engine, webapp));
            registration.setName("duban-cockpit-api-access");
            registration.addUrlPatterns(webapp + "/api/cockpit/*");
            registration.setOrder(FilterOrder.AFTER_AUTHENTICATION);
            return registration;
        }
    }
}
