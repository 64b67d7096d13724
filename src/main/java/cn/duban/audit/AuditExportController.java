package cn.duban.audit;

import cn.duban.identity.Roles;
import cn.duban.system.ApiCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Auditors only: {@code GET /duban/api/audit/export?format=csv|xlsx|jsonl&commitment=…&bureau=…&from=…&to=…} streams
 * an export as a download. Lists may repeat the parameter or separate ids by commas; dates are YYYY-MM-DD.
 */
@RestController
@RequestMapping("/duban/api/audit")
class AuditExportController {

    private static final Set<String> PARAMETERS = Set.of("format", "commitment", "bureau", "from", "to");

    private final AuditExporter exporter;

    AuditExportController(AuditExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping("/export")
    ResponseEntity<?> export(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) List<String> commitment, @RequestParam(required = false) List<String> bureau,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ApiCaller> caller = ApiCaller.current();
        if (caller.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "需要登录"));
        }
        if (!caller.get().isMemberOf(Roles.AUDITORS)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", "只有审计人员（shenji 组）可以导出历史记录"));
        }
        for (String parameter : Collections.list(request.getParameterNames())) {
            if (!PARAMETERS.contains(parameter)) {
                throw new InvalidExportRequest(parameter, "未知参数，可用参数为 format、commitment、bureau、from、to");
            }
        }
        ExportFormat exportFormat = ExportFormat.of(format)
                .orElseThrow(() -> new InvalidExportRequest("format", "“" + format + "”不是可用格式（csv、xlsx、jsonl）"));
        ExportFilter filter = ExportFilter.parse(commitment, bureau, from, to);
        exporter.validate(filter);

        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + exportFormat.id()
                + "." + exportFormat.extension();
        response.setContentType(exportFormat.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                DownloadName.attachment("duban-audit-" + stamp, "督办审计导出-" + stamp));
        // written straight to the response: the download starts with the first table, whatever the export's size
        exporter.export(filter, exportFormat, caller.get().userId(), "rest", response.getOutputStream());
        response.flushBuffer();
        return null;
    }

    @ExceptionHandler(InvalidExportRequest.class)
    ResponseEntity<Map<String, Object>> rejected(InvalidExportRequest e) {
        return ResponseEntity.badRequest().body(Map.of("message", e.getMessage(), "parameter", e.parameter()));
    }
}
