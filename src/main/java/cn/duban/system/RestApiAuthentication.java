package cn.duban.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API and duban's own API answer only authenticated callers (HTTP Basic against the
 * engine's users). The starter leaves the REST API open by default; the webapps keep their own session login.
 */
@Configuration(proxyBeanMethods = false)
class RestApiAuthentication {

    static final String ENGINE_REST = "/engine-rest/*";
    static final String DUBAN_API = "/duban/api/*";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new AuthenticateEveryRequest());
        registration.setName("duban-rest-authentication");
        registration.addUrlPatterns(ENGINE_REST, DUBAN_API);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }
}
