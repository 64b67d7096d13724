package cn.duban.notify;

import cn.duban.system.ApiCaller;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's in-app notifications, {@code /duban/api/notifications}: the newest 50 with the unread count, and
 * marking one read. A person sees what was addressed to them or to any of their groups, and reads it for themselves:
 * a colleague's reading does not mark it read for the rest of the bureau.
 */
@RestController
@RequestMapping("/duban/api/notifications")
class NotificationController {

    static final int SHOWN = 50;

    private final Outbox outbox;

    NotificationController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    ResponseEntity<?> inbox() {
        return ApiCaller.current().<ResponseEntity<?>>map(caller -> ResponseEntity.ok(Map.of(
                        "unread", outbox.unread(caller.userId(), recipients(caller)),
                        "notifications", outbox.inbox(caller.userId(), recipients(caller), SHOWN))))
                .orElseGet(NotificationController::unauthenticated);
    }

    @PostMapping("/{id}/read")
    ResponseEntity<?> read(@PathVariable long id) {
        return ApiCaller.current().<ResponseEntity<?>>map(caller -> {
            LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Notifications.BEIJING);
            if (!outbox.markRead(id, caller.userId(), recipients(caller), now)) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "通知 " + id + " 不存在"));
            }
            return ResponseEntity.ok(Map.of("unread", outbox.unread(caller.userId(), recipients(caller))));
        }).orElseGet(NotificationController::unauthenticated);
    }

    private static List<String> recipients(ApiCaller caller) {
        List<String> recipients = new ArrayList<>();
        recipients.add(caller.userId());
        if (caller.groupIds() != null) {
            recipients.addAll(caller.groupIds());
        }
        return recipients;
    }

    private static ResponseEntity<?> unauthenticated() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "需要登录"));
    }
}
