package cn.duban.identity;

import cn.duban.ledger.LedgerProperties;
import cn.duban.ledger.LedgerReader;
import cn.duban.ledger.LedgerValidationException;
import cn.duban.ledger.UserEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the users of {@code config/users.yaml} that do not exist yet and adds listed memberships, after the
 * groups are set up. A new user gets a random password nobody knows and a one-time activation code, appended
 * to the activation codes file (readable by its owner only) for the administrator to hand over. The file is
 * checked as a whole first; any error leaves every user as it was.
 */
@Component
class UsersFromFile {

    private static final Logger log = LoggerFactory.getLogger(UsersFromFile.class);
    private static final Set<String> ROLE_GROUPS = Set.of(Roles.SUPERVISION_OFFICE, Roles.LEADERS, Roles.AUDITORS,
            Roles.METRICS);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final UserActivations activations;
    private final LedgerProperties files;
    private final IdentityProperties properties;

    UsersFromFile(IdentityService identity, UserActivations activations, LedgerProperties files, IdentityProperties properties) {
        this.identity = identity;
        this.activations = activations;
        this.files = files;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void onStartup() {
        if (properties.usersFile() == null || !Files.isRegularFile(properties.usersFile())) {
            log.info("未找到用户名录 {}，跳过", properties.usersFile());
            return;
        }
        try {
            List<String> created = apply(properties.usersFile());
            log.info("用户名录 {}：新建 {} 名用户{}", properties.usersFile(), created.size(),
                    created.isEmpty() ? "" : "，首次登录激活码已写入 " + properties.activationCodesFile());
        } catch (LedgerValidationException e) {
            log.error("用户名录未通过校验，未创建或修改任何用户：{}", e.getMessage());
        }
    }

    /** Creates missing users and memberships; returns the ids of the users created. */
    @Transactional
    public List<String> apply(Path usersFile) {
        List<UserEntry> users = LedgerReader.readUsers(usersFile, LedgerReader.readOrganisation(files), ROLE_GROUPS);
        List<String> lines = new ArrayList<>();
        List<String> created = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (UserEntry entry : users) {
            if (identity.createUserQuery().userId(entry.id()).count() == 0) {
                User user = identity.newUser(entry.id());
                user.setFirstName(entry.firstName());
                user.setLastName(entry.lastName());
                user.setEmail(entry.email());
                user.setPassword(unknownPassword());
                identity.saveUser(user);
                String code = activations.issue(entry.id(), now, properties.activationDays());
                lines.add(entry.id() + "\t" + code + "\t有效期至 " + now.plusDays(properties.activationDays()).toLocalDate());
                created.add(entry.id());
            }
            for (String group : entry.groups()) {
                if (identity.createUserQuery().userId(entry.id()).memberOfGroup(group).count() == 0) {
                    identity.createMembership(entry.id(), group);
                }
            }
        }
        if (!lines.isEmpty()) {
            writeCodes(lines);
        }
        return created;
    }

    private void writeCodes(List<String> lines) {
        Path file = properties.activationCodesFile();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    log.warn("无法限制激活码文件 {} 的访问权限，请手工设置", file);
                }
            }
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入激活码文件 " + file, e);
        }
    }

    private static String unknownPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        // the random part need not contain every kind of character the password policy asks for; the prefix does
        return "Aa1-" + Base64.getEncoder().encodeToString(bytes);
    }
}
