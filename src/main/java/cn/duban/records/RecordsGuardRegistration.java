package cn.duban.records;

import cn.duban.system.EngineDoor;
import cn.duban.system.FilterOrder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link RecordsGuard} in front of the engine REST API and the webapps' API, after authentication. */
@Configuration(proxyBeanMethods = false)
class RecordsGuardRegistration {

    @Bean
    FilterRegistrationBean<RecordsGuard> recordsGuard(ProcessEngine engine, CamundaBpmProperties camunda) {
        String webapp = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<RecordsGuard> registration = new FilterRegistrationBean<>(new RecordsGuard(engine, new EngineDoor(webapp)));
        registration.setName("duban-records-guard");
        registration.addUrlPatterns("/engine-rest/*", webapp + "/api/engine/*");
        registration.setOrder(FilterOrder.AFTER_AUTHENTICATION);
        return registration;
    }
}
