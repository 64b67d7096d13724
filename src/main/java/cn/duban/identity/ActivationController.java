package cn.duban.identity;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /duban/api/activation}: a new user from the users file sets their own password with the one-time
 * code. The only duban endpoint that needs no login; five wrong codes lock the code.
 */
@RestController
class ActivationController {

    static final String PATH = "/duban/api/activation";
    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserActivations activations;
    private final IdentityService identity;

    ActivationController(UserActivations activations, IdentityService identity) {
        this.activations = activations;
        this.identity = identity;
    }

    record Activation(String userId, String code, String password) {
    }

    @PostMapping(PATH)
    @Transactional
    ResponseEntity<Map<String, String>> activate(@RequestBody Activation request) {
        String password = request.password() == null ? "" : request.password();
        if (password.length() < MIN_PASSWORD_LENGTH || !password.matches(".*[A-Za-z].*") || !password.matches(".*[0-9].*")) {
            return refused("password", "新密码至少 " + MIN_PASSWORD_LENGTH + " 位，且须同时包含字母和数字");
        }
        String userId = request.userId() == null ? "" : request.userId().strip();
        UserActivations.Outcome outcome = activations.redeem(userId, request.code(), LocalDateTime.now());
        return switch (outcome) {
            case ACTIVATED -> {
                User user = identity.createUserQuery().userId(userId).singleResult();
                user.setPassword(password);
                identity.saveUser(user);
                yield ResponseEntity.ok(Map.of("message", "密码已设置，请用新密码登录"));
            }
            case USED -> refused("code", "该激活码已使用过；忘记密码请联系系统管理员");
            case EXPIRED -> refused("code", "激活码已过期，请联系系统管理员重新生成");
            case LOCKED -> refused("code", "激活码错误次数过多已失效，请联系系统管理员");
            case UNKNOWN, WRONG_CODE -> refused("code", "用户名或激活码不正确");
        };
    }

    private static ResponseEntity<Map<String, String>> refused(String field, String message) {
        return ResponseEntity.badRequest().body(Map.of("field", field, "message", message));
    }
}
