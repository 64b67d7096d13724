package cn.duban.drafting;

import cn.duban.identity.Roles;
import cn.duban.ledger.Ledger;
import cn.duban.ledger.LedgerProperties;
import cn.duban.ledger.LedgerReader;
import cn.duban.ledger.LedgerValidationException;
import cn.duban.ledger.extract.Draft;
import cn.duban.ledger.extract.DraftEntry;
import cn.duban.ledger.extract.DraftSummary;
import cn.duban.ledger.extract.DraftWorkbook;
import cn.duban.ledger.extract.DraftYamlWriter;
import cn.duban.ledger.extract.Drafter;
import cn.duban.ledger.extract.DraftingKeywords;
import cn.duban.ledger.extract.LeadProposer;
import cn.duban.ledger.extract.ReportUpload;
import cn.duban.operations.DubanDirectories;
import cn.duban.system.ApiCaller;
import cn.duban.system.ErrorBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The drafting assistant over HTTP, for the 督查室 and administrators only. The request body is the report text itself
 * (pasted or uploaded, {@code text/plain} or {@code application/octet-stream}, at most 20 MB):
 * {@code POST /duban/api/drafting} answers the draft as JSON (every proposal with its place in the text), and
 * {@code POST /duban/api/drafting/ledger.yaml} or {@code ledger.xlsx} with {@code accepted=id,id,…} the draft ledger of
 * the accepted proposals. Nothing is stored: the page sends the report again with the ids it accepted.
 */
@RestController
class DraftingController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final String REFUSED = "起草助手仅供区政府督查室和系统管理员使用";
    /** How much of an oversized body is read and dropped before the connection is given up. */
    static final long DRAINED = 2L * ReportUpload.MAX_BYTES;

    private final LedgerProperties ledger;
    private final DubanDirectories directories;
    private final DraftingProperties properties;

    DraftingController(LedgerProperties ledger, DubanDirectories directories, DraftingProperties properties) {
        this.ledger = ledger;
        this.directories = directories;
        this.properties = properties;
    }

    @PostMapping("/duban/api/drafting")
    ResponseEntity<?> draft(HttpServletRequest request, @RequestParam(name = "name", required = false) String name)
            throws IOException {
        return withReport(request, name, (report, context) -> {
            Draft draft = context.drafter().draft(report);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("year", draft.year());
            body.put("sections", draft.sections());
            body.put("tasksFrom", draft.tasksFrom());
            body.put("tasksTo", draft.tasksTo());
            body.put("summary", DraftSummary.of(draft, false));
            body.put("text", report);
            body.put("entries", draft.entries().stream().map(entry -> json(entry, context.names())).toList());
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
        });
    }

    @PostMapping("/duban/api/drafting/ledger.yaml")
    ResponseEntity<?> yaml(HttpServletRequest request, @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "accepted", required = false) String accepted) throws IOException {
        return withReport(request, name, (report, context) -> {
            Draft draft = accepted(context.drafter().draft(report), accepted);
            byte[] yaml = DraftYamlWriter.write(draft, draft.entries(), DraftSummary.of(draft, false)).getBytes(StandardCharsets.UTF_8);
            return download(yaml, MediaType.parseMediaType("application/yaml;charset=UTF-8"), "台账草稿-" + draft.year() + ".yaml");
        });
    }

    @PostMapping("/duban/api/drafting/ledger.xlsx")
    ResponseEntity<?> xlsx(HttpServletRequest request, @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "accepted", required = false) String accepted) throws IOException {
        return withReport(request, name, (report, context) -> {
            Draft draft = accepted(context.drafter().draft(report), accepted);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DraftWorkbook.write(draft, draft.entries(), DraftSummary.of(draft, false), context.names(), out);
            return download(out.toByteArray(), XLSX, "台账草稿-" + draft.year() + ".xlsx");
        });
    }

    private static Draft accepted(Draft draft, String accepted) {
        if (accepted == null) {
            return draft;
        }
        Set<String> ids = Arrays.stream(accepted.split(",")).map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        return draft.accepting(ids);
    }

    private static ResponseEntity<?> download(byte[] body, MediaType type, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setCacheControl(CacheControl.noStore());
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    private record Context(Drafter drafter, Map<String, String> names) {
    }

    private interface Action {
        ResponseEntity<?> apply(String report, Context context) throws IOException;
    }

    private ResponseEntity<?> withReport(HttpServletRequest request, String name, Action action) throws IOException {
        Optional<ApiCaller> caller = ApiCaller.current();
        if (caller.isEmpty()) {
            return refusal(HttpStatus.UNAUTHORIZED, "需要登录");
        }
        if (!caller.get().isMemberOf(Roles.SUPERVISION_OFFICE) && !caller.get().isMemberOf(Roles.ADMINISTRATORS)) {
            return refusal(HttpStatus.FORBIDDEN, REFUSED);
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            return refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求正文应为报告文本本身（Content-Type: text/plain），不是表单");
        }
        byte[] body = read(request.getInputStream());
        if (body == null) {
            return refusal(HttpStatus.PAYLOAD_TOO_LARGE, "报告文本超过 20 MB 上限：政府工作报告全文通常不足 1 MB");
        }
        String report;
        try {
            report = ReportUpload.text(body, name == null ? null : name.replaceAll("\\p{Cntrl}", "").strip());
        } catch (ReportUpload.Rejected rejected) {
            return refusal(HttpStatus.BAD_REQUEST, rejected.getMessage());
        }
        return action.apply(report, context());
    }

    /**
     * At most {@link ReportUpload#MAX_BYTES}, else {@code null}: what is larger is read to its end without being kept
     * (up to {@link #DRAINED}), so that the sender, still sending, receives the refusal instead of a broken connection.
     */
    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total <= ReportUpload.MAX_BYTES) {
                out.write(buffer, 0, n);
            } else if (total > DRAINED) {
                return null;
            }
        }
        return total > ReportUpload.MAX_BYTES ? null : out.toByteArray();
    }

    /** The configured ledger is last year's once next year's report arrives: its bureaus and leaders are proposed. */
    private Context context() {
        Map<String, String> names = new HashMap<>();
        List<cn.duban.ledger.LedgerEntry> previous = List.of();
        if (Files.isRegularFile(ledger.ledgerPath())) {
            try {
                Ledger read = LedgerReader.read(ledger);
                previous = read.entries();
                read.bureaus().forEach(bureau -> names.put(bureau.id(), bureau.shortName()));
                read.leaders().forEach(leader -> names.put(leader.id(), leader.title()));
            } catch (LedgerValidationException e) {
                previous = List.of();
            }
        }
        Path keywords = directories.configDir().resolve(properties.keywordsFile());
        DraftingKeywords map = keywords.getParent() != null && Files.isRegularFile(keywords)
                ? DraftingKeywords.load(keywords.getParent()) : DraftingKeywords.builtIn();
        return new Context(new Drafter(new LeadProposer(previous, map), List.of()), names);
    }

    private static Map<String, Object> json(DraftEntry entry, Map<String, String> names) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", entry.id());
        row.put("section", entry.section().id());
        row.put("sectionName", entry.section().name());
        row.put("title", entry.title());
        row.put("source", entry.source());
        row.put("kind", entry.kind().code());
        row.put("kindLabel", entry.kind().label());
        row.put("target", entry.target());
        row.put("written", entry.written());
        row.put("qualifier", entry.qualifier());
        row.put("direction", entry.direction() == null ? null : entry.direction().code());
        row.put("directionLabel", entry.direction() == null ? null : entry.direction().label());
        row.put("deadline", entry.deadline().toString());
        row.put("lead", entry.lead().lead());
        row.put("leadName", entry.lead().lead() == null ? null : names.getOrDefault(entry.lead().lead(), entry.lead().lead()));
        row.put("co", entry.lead().co());
        row.put("leader", entry.lead().leader());
        row.put("leaderName", entry.lead().leader() == null ? null : names.getOrDefault(entry.lead().leader(), entry.lead().leader()));
        row.put("reason", entry.lead().reason());
        row.put("milestones", entry.milestones());
        row.put("from", entry.from());
        row.put("to", entry.to());
        return row;
    }

    private static ResponseEntity<?> refusal(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(ErrorBody.type(status.value()), message, null));
    }
}
