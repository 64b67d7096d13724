package cn.duban.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start when an administrator is configured without a password. Spring would otherwise keep an
 * unresolved {@code ${DUBAN_ADMIN_PASSWORD}} as the literal password, and Camunda falls back to the user id
 * for a blank one: either would be a built-in password. Registered in {@code META-INF/spring.factories}.
 */
public class AdminPasswordRequired implements EnvironmentPostProcessor {

    static final String ADMIN_ID = "camunda.bpm.admin-user.id";
    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(ADMIN_ID) == null) {
            return;
        }
        String password;
        try {
            password = environment.getProperty(ADMIN_PASSWORD);
        } catch (IllegalArgumentException unresolved) {
            password = null;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("未设置管理员密码：生产环境请通过环境变量 DUBAN_ADMIN_PASSWORD 提供"
                    + "（" + ADMIN_PASSWORD + "），duban 不使用内置密码");
        }
    }
}
