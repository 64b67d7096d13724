package cn.duban.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed logins make the same user from the same client address wait, longer after each failure
 * ({@code delayBase × delayFactor^(failures − 1)}, at most {@code delayMax}); a successful login or
 * {@code forgetAfter} without failures clears it. Keyed by user <em>and</em> address so that a stranger guessing
 * a password slows only themself: the administrator logging in from their own machine is never locked out.
 * Wall-clock time, not the engine's clock, which the demo keeps still. Kept in memory, per node.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginProperties properties;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();

    LoginThrottle(LoginProperties properties) {
        this.properties = properties;
    }

    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    /** Whether {@code userId} may try a password from {@code address} now; a refusal is logged. */
    boolean mayTry(String userId, String address) {
        Failures recorded = failures.get(key(userId, address));
        Instant now = clock.instant();
        // a wait longer than the longest possible one means the clock was turned back: do not keep it
        if (recorded == null || !recorded.waitUntil().isAfter(now)
                || Duration.between(now, recorded.waitUntil()).compareTo(properties.delayMax()) > 0) {
            return true;
        }
        log.warn("登录被拒绝：用户 {} 来自 {}，连续失败 {} 次后须等待至 {}", printable(userId), address, recorded.count(),
                recorded.waitUntil());
        return false;
    }

    void failed(String userId, String address) {
        Instant now = clock.instant();
        if (failures.size() >= properties.maxTracked()) {
            failures.values().removeIf(entry -> !entry.waitUntil().isAfter(now));
            if (failures.size() >= properties.maxTracked()) {
                log.warn("登录失败记录超过 {} 条，已全部清除", properties.maxTracked());
                failures.clear();
            }
        }
        Failures updated = failures.compute(key(userId, address), (key, previous) -> {
            int count = previous == null || previous.last().plus(properties.forgetAfter()).isBefore(now) ? 1 : previous.count() + 1;
            return new Failures(count, now, now.plus(delay(count)));
        });
        log.warn("登录失败：用户 {} 来自 {}，连续第 {} 次，{} 秒内不受理该地址对此用户的登录", printable(userId), address,
                updated.count(), delay(updated.count()).toSeconds());
    }

    void succeeded(String userId, String address) {
        failures.remove(key(userId, address));
    }

    Duration delay(int count) {
        double millis = properties.delayBase().toMillis() * Math.pow(properties.delayFactor(), count - 1);
        return millis >= properties.delayMax().toMillis() ? properties.delayMax() : Duration.ofMillis((long) millis);
    }

    /** For tests: let time pass without waiting. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    private static String key(String userId, String address) {
        return userId + "\n" + address;
    }

    /** A user id is whatever a stranger typed: no line breaks into the log, no endless lines. */
    private static String printable(String userId) {
        String cleaned = userId == null ? "" : userId.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }
}
