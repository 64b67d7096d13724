package cn.duban.identity;

import cn.duban.system.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One-time activation codes for a new user's first login; only each code's SHA-256 is stored. */
@Repository
class UserActivations {

    static final int MAX_FAILED_TRIES = 5;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Outcome { ACTIVATED, UNKNOWN, USED, EXPIRED, WRONG_CODE, LOCKED }

    private final JdbcTemplate jdbc;

    UserActivations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh code for {@code userId}, e.g. {@code K7PD-3XQM-H9TA}; returns it once, stores its hash. */
    String issue(String userId, LocalDateTime now, int validDays) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        jdbc.update("delete from user_activation where user_id = ?", userId);
        jdbc.update("insert into user_activation (user_id, code_sha256, created_at, expires_at, failed_tries) values (?, ?, ?, ?, 0)",
                userId, Sha256.hex(code.toString()), Timestamp.valueOf(now), Timestamp.valueOf(now.plusDays(validDays)));
        return code.toString();
    }

    /** Checks a code and, when it is right, marks it used; wrong codes count towards a lock-out. */
    Outcome redeem(String userId, String code, LocalDateTime now) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select code_sha256, expires_at, failed_tries, used_at from user_activation where user_id = ?", userId);
        if (rows.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        Map<String, Object> row = rows.get(0);
        if (row.get("used_at") != null) {
            return Outcome.USED;
        }
        if (((Number) row.get("failed_tries")).intValue() >= MAX_FAILED_TRIES) {
            return Outcome.LOCKED;
        }
        if (((Timestamp) row.get("expires_at")).toLocalDateTime().isBefore(now)) {
            return Outcome.EXPIRED;
        }
        if (!MessageDigest.isEqual(Sha256.hex(normalise(code)).getBytes(StandardCharsets.US_ASCII),
                ((String) row.get("code_sha256")).getBytes(StandardCharsets.US_ASCII))) {
            jdbc.update("update user_activation set failed_tries = failed_tries + 1 where user_id = ?", userId);
            return Outcome.WRONG_CODE;
        }
        jdbc.update("update user_activation set used_at = ? where user_id = ?", Timestamp.valueOf(now), userId);
        return Outcome.ACTIVATED;
    }

    private static String normalise(String code) {
        String letters = code == null ? "" : code.strip().toUpperCase().replaceAll("[^A-Z0-9]", "");
        return letters.length() == 12 ? letters.substring(0, 4) + "-" + letters.substring(4, 8) + "-" + letters.substring(8) : letters;
    }
}
