package cn.duban.forms;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import cn.duban.system.EngineDoor;
import cn.duban.system.FilterOrder;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

/** Puts {@link SubmissionGuard} in front of both engine doors, after the REST login has been made. */
@Configuration(proxyBeanMethods = false)
class SubmissionGuardRegistration {

    @Bean
    FilterRegistrationBean<SubmissionGuard> submissionGuard(ProcessEngine engine, TaskForms forms, CamundaBpmProperties camunda) {
        String webapp = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<SubmissionGuard> registration =
                new FilterRegistrationBean<>(new SubmissionGuard(engine, forms, new EngineDoor(webapp)));
        registration.setName("duban-submission-guard");
        registration.addUrlPatterns("/engine-rest/*", webapp + "/api/engine/*");
        registration.setOrder(FilterOrder.AFTER_AUTHENTICATION);
        return registration;
    }
}
