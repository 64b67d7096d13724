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
 */
@Configuration(proxyBeanMethods = false)
class RestApiAuthentication {

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

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(String name, String urls,
            Class<? extends AuthenticationProvider> provider) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new AuthenticateEveryRequest());
        registration.setName(name);
        registration.setOrder(FilterOrder.AUTHENTICATION);
        registration.addUrlPatterns(urls);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
        return registration;
    }
}
