package cn.duban.evidence;

import cn.duban.system.ApiCaller;
import cn.duban.system.ErrorBody;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 佐证材料 over HTTP: {@code POST /duban/api/tasks/{taskId}/evidence} (multipart, one or more {@code file} parts) attaches
 * files to a task the caller works, all or none; {@code GET} lists a task's files and those its reviewer decides on;
 * {@code GET /duban/api/evidence/{id}} downloads one; {@code DELETE} removes one of the caller's, until the task is done.
 */
@RestController
class EvidenceController {

    private final EvidenceService service;
    private final EvidenceProperties limits;
    private final FileInspection inspection;

    EvidenceController(EvidenceService service, EvidenceProperties limits, FileInspection inspection) {
        this.service = service;
        this.limits = limits;
        this.inspection = inspection;
    }

    @PostMapping("/duban/api/tasks/{taskId}/evidence")
    ResponseEntity<?> upload(@PathVariable String taskId, @RequestParam(name = "file", required = false) List<MultipartFile> files)
            throws IOException {
        ApiCaller caller = caller();
        if (files == null || files.isEmpty()) {
            throw new EvidenceRefused(null, "请选择要上传的文件（表单字段 file）");
        }
        List<EvidenceService.Incoming> incoming = new ArrayList<>();
        for (MultipartFile file : files) {
            incoming.add(new EvidenceService.Incoming(file.getOriginalFilename(), file.getBytes()));
        }
        List<EvidenceFile> stored = service.attach(caller, taskId, incoming);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(Map.of("files", stored.stream().map(EvidenceLines::of).toList()));
    }

    @GetMapping("/duban/api/tasks/{taskId}/evidence")
    ResponseEntity<?> list(@PathVariable String taskId) {
        EvidenceService.TaskEvidence evidence = service.ofTask(caller(), taskId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mayUpload", evidence.mayUpload());
        body.put("purpose", evidence.purpose() == null ? null : evidence.purpose().label());
        body.put("required", evidence.required());
        body.put("files", evidence.files().stream().map(EvidenceLines::of).toList());
        body.put("related", evidence.related().stream().map(EvidenceLines::of).toList());
        body.put("relatedLabel", evidence.relatedLabel());
        body.put("limits", Map.of("maxFiles", limits.maxFiles(), "maxFileSize", limits.maxFileSize().toMegabytes() + " MB",
                "types", inspection.allowed()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/duban/api/evidence/{id}")
    ResponseEntity<?> download(@PathVariable long id) {
        EvidenceService.Download file = service.download(caller(), id);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(file.file().mediaType()));
        headers.set(HttpHeaders.CONTENT_DISPOSITION, attachment(file.file()));
        headers.setCacheControl(CacheControl.noStore());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Evidence-SHA256", file.file().sha256());
        return new ResponseEntity<>(file.content(), headers, HttpStatus.OK);
    }

    @DeleteMapping("/duban/api/evidence/{id}")
    ResponseEntity<?> remove(@PathVariable long id) {
        service.remove(caller(), id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(EvidenceRefused.class)
    ResponseEntity<?> refused(EvidenceRefused refused) {
        return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(ErrorBody.type(refused.status()), refused.getMessage(), refused.fileName() == null ? "file"
                        : "file:" + refused.fileName()));
    }

    private static ApiCaller caller() {
        return ApiCaller.current().orElseThrow(() -> new EvidenceRefused(null, "需要登录", 401));
    }

    /** RFC 6266 with an ASCII fallback and the real name in RFC 5987 {@code filename*}. */
    static String attachment(EvidenceFile file) {
        String name = file.fileName();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.substring(dot).matches("\\.[A-Za-z0-9]{1,8}") ? name.substring(dot) : "";
        return "attachment; filename=\"evidence-" + file.id() + extension + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }


}
