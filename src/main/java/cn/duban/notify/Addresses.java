package cn.duban.notify;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Resolves a route's {@code ${ENV}} placeholders at delivery, so that a missing key fails the delivery, not the event. */
@Component
class Addresses {

    private final Environment environment;

    Addresses(Environment environment) {
        this.environment = environment;
    }

    String resolve(String configured) {
        if (configured == null) {
            return null;
        }
        try {
            return environment.resolveRequiredPlaceholders(configured);
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailed("地址或密钥中的环境变量未设置：" + e.getMessage());
        }
    }
}
