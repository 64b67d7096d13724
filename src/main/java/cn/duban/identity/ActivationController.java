package cn.duban.identity;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /duban/api/activation}: a new user from the users file sets their own password with the one-time
 * code. The only duban endpoint that needs no login; five wrong codes lock the code. The password must pass the
 * engine's password policy.
 */
@RestController
class ActivationController {

    static final String PATH = "/duban/api/activation";

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
        // without the user: a stranger must not learn a user's name by trying passwords that contain it
        Optional<String> weak = PasswordPolicyMessage.check(identity, password, null);
        if (weak.isPresent()) {
            return refused("password", weak.get());
        }
        String userId = request.userId() == null ? "" : request.userId().strip();
        UserActivations.Outcome outcome = activations.redeem(userId, request.code(), LocalDateTime.now());
        return switch (outcome) {
            case ACTIVATED -> setPassword(userId, password);
            case USED -> refused("code", "该激活码已使用过；忘记密码请联系系统管理员");
            case EXPIRED -> refused("code", "激活码已过期，请联系系统管理员重新生成");
            case LOCKED -> refused("code", "激活码错误次数过多已失效，请联系系统管理员");
            case UNKNOWN, WRONG_CODE -> refused("code", "用户名或激活码不正确");
        };
    }

    private ResponseEntity<Map<String, String>> setPassword(String userId, String password) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        Optional<String> personal = PasswordPolicyMessage.check(identity, password, user);
        if (personal.isPresent()) {
            // the code was right: keep it usable for a better password
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return refused("password", personal.get());
        }
        user.setPassword(password);
        identity.saveUser(user);
        return ResponseEntity.ok(Map.of("message", "密码已设置，请用新密码登录"));
    }

    private static ResponseEntity<Map<String, String>> refused(String field, String message) {
        return ResponseEntity.badRequest().body(Map.of("field", field, "message", message));
    }
}
