package cn.duban.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every password check of the engine — HTTP Basic on {@code /engine-rest} and {@code /duban/api}, the webapps'
 * login, {@code /identity/verify} — goes through the identity provider's {@code checkPassword}; this plugin puts
 * {@link LoginThrottle} there instead of Camunda's per-user lock. Camunda's lock lets anyone lock anyone out,
 * the administrator included: after {@code loginMaxAttempts} for good, and before that for as long as a stranger
 * keeps failing, since a locked account refuses even the right password.
 */
@Component
class ThrottledLogins extends AbstractProcessEnginePlugin {

    /** Where a check outside any HTTP request comes from (command line, start-up). */
    static final String NO_ADDRESS = "本机进程";

    private final LoginThrottle throttle;

    ThrottledLogins(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return Provider.class;
            }

            @Override
            public Session openSession() {
                return new Provider(throttle);
            }
        });
    }

    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return NO_ADDRESS;
    }

    /** The engine's database identity provider with duban's throttle in place of its lock. */
    static final class Provider extends DbIdentityServiceProvider {

        private final LoginThrottle throttle;

        Provider(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public boolean checkPassword(String userId, String password) {
            String address = clientAddress();
            if (!throttle.mayTry(userId, address)) {
                return false;
            }
            UserEntity user = userId == null ? null : findUserById(userId);
            if (user != null && password != null && matchPassword(password, user)) {
                throttle.succeeded(userId, address);
                return true;
            }
            throttle.failed(userId, address);
            return false;
        }
    }
}
