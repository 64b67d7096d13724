package cn.duban.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;

/**
 * What a password lacks under the engine's password policy ({@code enablePasswordPolicy}), in words a person reads.
 * Were the policy switched off in the engine, duban's own password forms would still apply Camunda's default one.
 */
final class PasswordPolicyMessage {

    private static final PasswordPolicy DEFAULT = new DefaultPasswordPolicyImpl();

    private PasswordPolicyMessage() {
    }

    /** {@code user} null checks the password alone, without the rule against the user's id, names and e-mail. */
    static Optional<String> check(IdentityService identity, String password, User user) {
        PasswordPolicy policy = identity.getPasswordPolicy() == null ? DEFAULT : identity.getPasswordPolicy();
        return of(identity.checkPasswordAgainstPolicy(policy, password == null ? "" : password, user));
    }

    /** Empty when the password passes, otherwise e.g. {@code 密码不符合要求：至少 1 个大写字母；至少 1 个特殊字符}. */
    static Optional<String> of(PasswordPolicyResult result) {
        List<PasswordPolicyRule> violated = result.getViolatedRules();
        if (violated.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("密码不符合要求：" + String.join("；", violated.stream().map(PasswordPolicyMessage::rule).toList()));
    }

    private static String rule(PasswordPolicyRule rule) {
        Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "至少 " + parameters.get("minLength") + " 个字符";
            case "PASSWORD_POLICY_LOWERCASE" -> "至少 " + parameters.get("minLowerCase") + " 个小写字母";
            case "PASSWORD_POLICY_UPPERCASE" -> "至少 " + parameters.get("minUpperCase") + " 个大写字母";
            case "PASSWORD_POLICY_DIGIT" -> "至少 " + parameters.get("minDigit") + " 个数字";
            case "PASSWORD_POLICY_SPECIAL" -> "至少 " + parameters.get("minSpecial") + " 个特殊字符（如 - _ ! @ #）";
            case "PASSWORD_POLICY_USER_DATA" -> "不得包含用户名、姓名或电子邮箱";
            default -> "须满足规则 " + rule.getPlaceholder();
        };
    }
}
