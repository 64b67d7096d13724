package cn.duban.ledger;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import cn.duban.system.ApiCaller;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin-only, on demand: {@code POST /duban/api/ledger/import} imports the configured ledger files. */
@RestController
@RequestMapping("/duban/api/ledger")
class LedgerImportController {

    private final IdentityService identityService;
    private final LedgerImporter importer;

    LedgerImportController(IdentityService identityService, LedgerImporter importer) {
        this.identityService = identityService;
        this.importer = importer;
    }

    @PostMapping("/import")
    ResponseEntity<?> importLedger() {
        Optional<ApiCaller> caller = ApiCaller.current();
        if (caller.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "需要登录"));
        }
        if (!caller.get().isMemberOf(Groups.CAMUNDA_ADMIN)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", "只有系统管理员（camunda-admin 组）可以导入台账"));
        }
        identityService.setAuthentication(caller.get().userId(), caller.get().groupIds());
        try {
            ImportReport report = importer.importConfiguredLedger(caller.get().userId());
            return ResponseEntity.ok(Map.of("message", report.summary(), "report", report));
        } finally {
            identityService.clearAuthentication();
        }
    }

    @ExceptionHandler(LedgerValidationException.class)
    ResponseEntity<Map<String, Object>> rejected(LedgerValidationException e) {
        List<String> errors = e.errors().stream().map(LedgerError::toString).toList();
        return ResponseEntity.unprocessableEntity()
                .body(Map.of("message", "台账校验未通过，未导入任何内容", "errors", errors));
    }
}
