package cn.duban.system;

import java.util.TimeZone;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Sets the JVM's default time zone to the business time zone ({@code duban.time-zone}, Asia/Shanghai) before
 * any bean exists, so engine timers, due dates and "today" mean Beijing time whatever the server's zone.
 * Registered in {@code META-INF/spring.factories}.
 */
public class BusinessTimeZone implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final String PROPERTY = "duban.time-zone";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String zone = event.getEnvironment().getProperty(PROPERTY, "Asia/Shanghai");
        TimeZone.setDefault(TimeZone.getTimeZone(java.time.ZoneId.of(zone)));
    }
}
