package cn.duban.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * Reads {@link NotificationRouting} once at start-up, with Spring's own binder so the file is typed like any
 * {@code @ConfigurationProperties}; placeholders are left for {@link Addresses} to resolve at delivery.
 */
@Component
class RoutingFile {

    private static final Logger log = LoggerFactory.getLogger(RoutingFile.class);

    private final NotificationRouting routing;

    RoutingFile(NotificationProperties properties) {
        this.routing = read(properties);
    }

    NotificationRouting routing() {
        return routing;
    }

    private static NotificationRouting read(NotificationProperties properties) {
        if (!Files.isRegularFile(properties.routingFile())) {
            log.info("未找到 {}：通知仅在系统内（督办页面的「通知」）送达", properties.routingFile());
            return NotificationRouting.IN_APP_ONLY;
        }
        try {
            var sources = new YamlPropertySourceLoader().load("notifications", new FileSystemResource(properties.routingFile()));
            NotificationRouting routing = sources.isEmpty() ? NotificationRouting.IN_APP_ONLY
                    : bind(sources.get(0));
            log.info("通知路由 {}：{} 条", properties.routingFile(), routing.routes().size());
            return routing;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 " + properties.routingFile(), e);
        }
    }

    private static NotificationRouting bind(PropertySource<?> source) {
        return new Binder(ConfigurationPropertySources.from(source)).bind("notifications", NotificationRouting.class)
                .orElse(NotificationRouting.IN_APP_ONLY);
    }
}
