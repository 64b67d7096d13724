package cn.duban.forms;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link SubmissionGuard} in front of both engine doors, after the REST login has been made. */
@Configuration(proxyBeanMethods = false)
class SubmissionGuardRegistration {

    /** After the authentication filters of {@code system.RestApiAuthentication}, which run at the default order. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE;

    @Bean
    FilterRegistrationBean<SubmissionGuard> submissionGuard(ProcessEngine engine, TaskForms forms) {
        FilterRegistrationBean<SubmissionGuard> registration = new FilterRegistrationBean<>(new SubmissionGuard(engine, forms));
        registration.setName("duban-submission-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
