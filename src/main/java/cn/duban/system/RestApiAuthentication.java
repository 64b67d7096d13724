package cn.duban.system;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API and duban's own API answer only authenticated callers (HTTP Basic against the
 * engine's users; duban's API also accepts a webapp login for reading, see {@link BasicOrWebappSession}). The starter leaves the REST API open by default; the webapps keep their own session login.
 * duban's pages and API also get the webapps' security headers ({@link SecurityHeaders}).
 */
@Configuration(proxyBeanMethods = false)
public class RestApiAuthentication {

    static final String ENGINE_REST = "/engine-rest/*";
    static final String DUBAN_API = "/duban/api/*";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        return authentication("duban-rest-authentication", ENGINE_REST, HttpBasicAuthenticationProvider.class);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> dubanApiAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                authentication("duban-api-authentication", DUBAN_API, BasicOrWebappSession.class);
        // Spring's dispatcher servlet is mapped to "/": without an empty prefix the filter would see no path at all
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
        return registration;
    }

    /** Before authentication, so that a refusal carries the headers too. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> dubanSecurityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setName("duban-security-headers");
        registration.addUrlPatterns("/duban/*");
        registration.setOrder(FilterOrder.HEADERS);
        return registration;
    }

    /**
     * duban's login filter (HTTP Basic or what {@code provider} accepts, no anonymous white list) for {@code urls}; it
     * makes the caller known as {@link ApiCaller}. Also used for the operators' {@code /actuator} endpoints.
     */
    public static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(String name, String urls,
            Class<? extends AuthenticationProvider> provider) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new AuthenticateEveryRequest());
        registration.setName(name);
        // before filters that act on the authenticated caller, such as the password policy check on the user API and the guard of the engine doors
        registration.setOrder(FilterOrder.AUTHENTICATION);
        registration.addUrlPatterns(urls);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
        return registration;
    }
}
