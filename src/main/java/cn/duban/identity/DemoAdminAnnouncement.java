package cn.duban.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In the demo profile only: tells whoever started duban how to log in. */
@Component
@Profile("demo")
class DemoAdminAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(DemoAdminAnnouncement.class);

    private final String user;
    private final String password;
    private final String port;

    DemoAdminAnnouncement(@Value("${camunda.bpm.admin-user.id}") String user,
            @Value("${camunda.bpm.admin-user.password}") String password,
            @Value("${server.port:8080}") String port) {
        this.user = user;
        this.password = password;
        this.port = port;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("演示环境已启动：http://localhost:{}/camunda/ 演示管理员 用户名 {} 密码 {}（仅限演示，生产环境请使用 postgres 配置）",
                port, user, password);
    }
}
