package cn.duban.audit;

import cn.duban.identity.Roles;
import cn.duban.system.ApiCaller;
import cn.duban.system.WebappLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's window ({@code /duban/audit.html}): what may be exported, every export so far, and verifying an
 * export file uploaded in the browser — the same check as the {@code verify} command line, plus whether its chain hash
 * is the one {@code export_record} holds. Auditors ({@value Roles#AUDITORS}) and administrators only.
 *
 * <p>The upload takes the file as the request body. With HTTP Basic it is {@code POST /duban/api/audit/verify}; the
 * page, logged in through the webapps, posts to {@code POST /duban/audit/verify} with the token it got from
 * {@code GET /duban/api/audit/verify-token}: duban's API accepts a webapp session for reading only, so the upload
 * carries a per-session token that a cross-site request cannot know.
 */
@RestController
class AuditWindowController {

    static final String TOKEN_HEADER = "X-Duban-Verify-Token";
    static final String TOKEN_ATTRIBUTE = "duban.audit.verify-token";
    private static final String REFUSED = "只有审计人员（shenji 组）和系统管理员可以查看导出记录和校验导出文件";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;
    private final long maxUploadBytes;

    AuditWindowController(JdbcTemplate jdbc, ProcessEngine engine,
            @Value("${duban.audit.verify.max-upload-bytes:209715200}") long maxUploadBytes) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Every export so far, newest first: number, who, when, filter, format, status, rows, chain hash. */
    @GetMapping("/duban/api/audit/exports")
    ResponseEntity<Map<String, Object>> exports() {
        Optional<ResponseEntity<Map<String, Object>>> refused = refusal(ApiCaller.current());
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Map<String, Object>> rows = jdbc.query("select id, requested_at, completed_at, actor, channel, format, filter, "
                + "status, tables, row_count, chain_hash, failure from export_record order by id desc", (rs, i) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", rs.getLong("id"));
                    row.put("requestedAt", Cells.time(rs.getTimestamp("requested_at")));
                    row.put("completedAt", Cells.time(rs.getTimestamp("completed_at")));
                    row.put("actor", rs.getString("actor"));
                    row.put("channel", rs.getString("channel"));
                    row.put("format", rs.getString("format"));
                    row.put("filter", rs.getString("filter"));
                    row.put("status", rs.getString("status"));
                    row.put("tables", rs.getObject("tables"));
                    row.put("rows", rs.getObject("row_count"));
                    row.put("chainHash", rs.getString("chain_hash"));
                    row.put("failure", rs.getString("failure"));
                    return row;
                });
        return ResponseEntity.ok(Map.of("timeZone", Manifest.businessTimeZone(), "exports", rows));
    }

    /** What the page offers to select: commitments (id, title, lead bureau) and bureaus that lead commitments. */
    @GetMapping("/duban/api/audit/choices")
    ResponseEntity<Map<String, Object>> choices() {
        Optional<ResponseEntity<Map<String, Object>>> refused = refusal(ApiCaller.current());
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Map<String, Object>> commitments = jdbc.query("select c.id, c.title, c.lead_bureau_id, b.short_name "
                + "from commitment c join bureau b on b.id = c.lead_bureau_id order by c.id", (rs, i) -> Map.of(
                        "id", rs.getString("id"), "title", rs.getString("title"), "bureau", rs.getString("lead_bureau_id"),
                        "bureauName", rs.getString("short_name")));
        List<Map<String, Object>> bureaus = jdbc.query("select b.id, b.short_name from bureau b where exists "
                + "(select 1 from commitment c where c.lead_bureau_id = b.id) order by b.id",
                (rs, i) -> Map.of("id", rs.getString("id"), "name", rs.getString("short_name")));
        boolean mayExport = ApiCaller.current().map(caller -> caller.isMemberOf(Roles.AUDITORS)).orElse(false);
        return ResponseEntity.ok(Map.of("commitments", commitments, "bureaus", bureaus, "mayExport", mayExport,
                "maxUploadBytes", maxUploadBytes));
    }

    /** The token the page sends with an upload; one per webapp session. */
    @GetMapping("/duban/api/audit/verify-token")
    ResponseEntity<Map<String, Object>> verifyToken(HttpServletRequest request) {
        Optional<ResponseEntity<Map<String, Object>>> refused = refusal(ApiCaller.current());
        if (refused.isPresent()) {
            return refused.get();
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return message(HttpStatus.BAD_REQUEST, "页面上传需要先在任务清单或驾驶舱登录；脚本请用 HTTP Basic 调用 POST /duban/api/audit/verify");
        }
        Object token = session.getAttribute(TOKEN_ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(TOKEN_ATTRIBUTE, token);
        }
        return ResponseEntity.ok(Map.of("token", token));
    }

    /** For scripts: the caller authenticated with HTTP Basic by duban's API filter. */
    @PostMapping("/duban/api/audit/verify")
    ResponseEntity<Map<String, Object>> verifyWithBasic(@RequestParam(required = false) String name, HttpServletRequest request)
            throws IOException {
        Optional<ResponseEntity<Map<String, Object>>> refused = refusal(ApiCaller.current());
        return refused.isPresent() ? refused.get() : verify(name, request);
    }

    /** For the page: the webapp login, and the session's token in {@value #TOKEN_HEADER}. */
    @PostMapping("/duban/audit/verify")
    ResponseEntity<Map<String, Object>> verifyFromPage(@RequestParam(required = false) String name, HttpServletRequest request)
            throws IOException {
        Optional<ApiCaller> caller = WebappLogin.of(request, engine.getName());
        Optional<ResponseEntity<Map<String, Object>>> refused = refusal(caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(TOKEN_ATTRIBUTE);
        String given = request.getHeader(TOKEN_HEADER);
        if (expected == null || given == null || !MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            return message(HttpStatus.FORBIDDEN, "上传令牌缺失或无效：请刷新审计页面后重试");
        }
        return verify(name, request);
    }

    private ResponseEntity<Map<String, Object>> verify(String name, HttpServletRequest request) throws IOException {
        String fileName = fileName(name);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            // a form body is parsed into parameters by the server: the file itself must be the body
            return message(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求正文应为导出文件本身（Content-Type: application/octet-stream），"
                    + "例如 curl --data-binary @文件 -H 'Content-Type: application/octet-stream'");
        }
        long declared = request.getContentLengthLong();
        if (declared > maxUploadBytes) {
            return tooLarge(declared);
        }
        Path upload = Files.createTempFile("duban-verify-", ".upload");
        try {
            long size = copy(request.getInputStream(), upload);
            if (size < 0) {
                return tooLarge(-size);
            }
            if (size == 0) {
                return message(HttpStatus.BAD_REQUEST, "未收到文件：请求正文应为导出文件（.zip 或 .xlsx）的内容");
            }
            Verification verification = ExportVerifier.verify(upload, fileName);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", fileName);
            body.put("passed", verification.passed());
            body.put("message", verification.report());
            body.put("problems", verification.problems());
            Manifest manifest = verification.manifest();
            if (manifest == null) {
                // not an export at all, or nothing of its manifest left: the request, not the check, is at fault
                return ResponseEntity.unprocessableEntity().body(body);
            }
            body.put("exportId", manifest.exportId());
            body.put("format", manifest.format());
            body.put("exportedAt", manifest.exportedAt());
            body.put("exportedBy", manifest.exportedBy());
            body.put("filter", manifest.filterSummary());
            body.put("chainHash", manifest.chainHash());
            body.put("tables", manifest.files().stream().map(entry -> Map.of("file", entry.file(), "table", entry.table(),
                    "title", entry.title() == null ? "" : entry.title(), "rows", entry.rows())).toList());
            body.put("record", record(manifest));
            return ResponseEntity.ok(body);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** Whether the chain hash is the one duban recorded for that export number: what proves a copy genuine. */
    private Map<String, Object> record(Manifest manifest) {
        List<Map<String, Object>> found = jdbc.queryForList("select status, chain_hash from export_record where id = ?",
                manifest.exportId());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", manifest.exportId());
        if (found.isEmpty()) {
            record.put("matches", false);
            record.put("message", "导出记录 #" + manifest.exportId() + " 不存在：此文件不是本系统导出的");
            return record;
        }
        String recorded = (String) found.get(0).get("chain_hash");
        boolean matches = manifest.chainHash().equals(recorded);
        record.put("matches", matches);
        record.put("recordedChainHash", recorded);
        record.put("message", matches ? "链式哈希与导出记录 #" + manifest.exportId() + " 一致"
                : "链式哈希与导出记录 #" + manifest.exportId() + " 不一致：记录为 " + (recorded == null ? "（导出未完成）" : recorded));
        return record;
    }

    /** @return the bytes written, or minus the bytes read when the upload passed the limit */
    private long copy(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                total += read;
                if (total > maxUploadBytes) {
                    return -total;
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private ResponseEntity<Map<String, Object>> tooLarge(long bytes) {
        return message(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大：超过上传上限 " + (maxUploadBytes / (1024 * 1024))
                + " MB；更大的导出请用命令行 verify 校验");
    }

    /** Only the last path segment, printable, at most 200 characters; the file itself is never stored under it. */
    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "上传的文件";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").trim();
        return last.isEmpty() ? "上传的文件" : last.substring(0, Math.min(200, last.length()));
    }

    private static Optional<ResponseEntity<Map<String, Object>>> refusal(Optional<ApiCaller> caller) {
        if (caller.isEmpty()) {
            return Optional.of(message(HttpStatus.UNAUTHORIZED, "需要登录"));
        }
        if (!caller.get().isMemberOf(Roles.AUDITORS) && !caller.get().isMemberOf(Roles.ADMINISTRATORS)) {
            return Optional.of(message(HttpStatus.FORBIDDEN, REFUSED));
        }
        return Optional.empty();
    }

    private static ResponseEntity<Map<String, Object>> message(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
