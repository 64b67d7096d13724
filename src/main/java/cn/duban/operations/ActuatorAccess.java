package cn.duban.operations;

import cn.duban.system.FilterOrder;
import cn.duban.system.RestApiAuthentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The actuator endpoints (under {@code management.endpoints.web.base-path}, {@code /actuator}) need a login, as every
 * API of duban does (duban's own login filter, HTTP Basic only), and then membership of {@code camunda-admin} or
 * {@code metrics}: anonymous 401, anyone else 403. The filters guard the application's own port only, so a separate
 * management port, which they would not guard, is refused. Not in the command-line modes, which serve no HTTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ActuatorAccess {

    private final String urls;

    ActuatorAccess(WebEndpointProperties endpoints, Environment environment) {
        String port = environment.getProperty("management.server.port");
        if (port != null && !port.equals(environment.getProperty("server.port"))) {
            throw new IllegalStateException("不支持单独的管理端口（management.server.port=" + port
                    + "）：/actuator 的登录检查只在应用端口上生效，请删除该设置");
        }
        String base = endpoints.getBasePath();
        if (base.isEmpty() || base.equals("/")) {
            throw new IllegalStateException("management.endpoints.web.base-path 不能是根路径：/actuator 的端点须在单独的路径下，"
                    + "以便只对管理员和运行监控角色开放");
        }
        this.urls = base + "/*";
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> actuatorAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                RestApiAuthentication.authentication("duban-actuator-authentication", urls, ActuatorLogin.class);
        // served by Spring's dispatcher servlet at "/": without an empty prefix the filter would see no path at all
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ActuatorRoleGuard> actuatorRoleGuard() {
        FilterRegistrationBean<ActuatorRoleGuard> registration = new FilterRegistrationBean<>(new ActuatorRoleGuard());
        registration.setName("duban-actuator-roles");
        registration.addUrlPatterns(urls);
        registration.setOrder(FilterOrder.AFTER_AUTHENTICATION);
        return registration;
    }
}
