package cn.duban.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import cn.duban.system.FilterOrder;

/** The password check on the engine's user API, after the API's authentication (see {@link PasswordPolicyOnUserApi}). */
@Configuration(proxyBeanMethods = false)
class UserApiFilters {

    @Bean
    FilterRegistrationBean<PasswordPolicyOnUserApi> passwordPolicyOnUserApi(IdentityService identity, ObjectMapper json) {
        FilterRegistrationBean<PasswordPolicyOnUserApi> registration =
                new FilterRegistrationBean<>(new PasswordPolicyOnUserApi(identity, json));
        registration.setName("duban-password-policy");
        registration.addUrlPatterns("/engine-rest/user/*", "/camunda/api/engine/engine/*");
        registration.setOrder(FilterOrder.AFTER_AUTHENTICATION);
        return registration;
    }
}
