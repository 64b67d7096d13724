package cn.duban.milestone;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.identity.Roles;
import cn.duban.system.ApiCaller;
import cn.duban.system.ErrorBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /duban/api/milestones?processDefinitionId=…} or {@code ?processInstanceId=…}: how many quarterly
 * milestone checks were reached (里程碑达成) and missed (里程碑未达成), in total and per quarter, for Cockpit's
 * commitment diagram, which by itself shows only running tokens. Read-only; for those who may read everything:
 * the supervision office, auditors, leaders and administrators.
 */
@RestController
class MilestoneController {

    static final List<String> READERS = List.of(Roles.SUPERVISION_OFFICE, Roles.AUDITORS, Roles.LEADERS, Roles.ADMINISTRATORS);
    /** What the engine's ids look like ({@code commitment:3:…}, UUIDs): anything else cannot name a definition or instance. */
    private static final Pattern ENGINE_ID = Pattern.compile("[A-Za-z0-9:._-]{1,64}");

    private final MilestoneChecks checks;

    MilestoneController(MilestoneChecks checks) {
        this.checks = checks;
    }

    @GetMapping("/duban/api/milestones")
    ResponseEntity<?> counts(@RequestParam(required = false) String processDefinitionId,
            @RequestParam(required = false) String processInstanceId) {
        var caller = ApiCaller.current();
        if (caller.isEmpty()) {
            return error(HttpStatus.UNAUTHORIZED, "请先登录", null);
        }
        if (READERS.stream().noneMatch(caller.get()::isMemberOf)) {
            return error(HttpStatus.FORBIDDEN, "里程碑统计仅督查室、审计、区领导和管理员可以查看", null);
        }
        boolean byDefinition = processDefinitionId != null && !processDefinitionId.isBlank();
        boolean byInstance = processInstanceId != null && !processInstanceId.isBlank();
        if (byDefinition == byInstance) {
            return error(HttpStatus.BAD_REQUEST, "请给出 processDefinitionId（流程定义）或 processInstanceId（流程实例）二者之一",
                    byDefinition ? "processInstanceId" : "processDefinitionId");
        }
        String field = byDefinition ? "processDefinitionId" : "processInstanceId";
        String id = byDefinition ? processDefinitionId : processInstanceId;
        if (!ENGINE_ID.matcher(id).matches()) {
            return error(HttpStatus.BAD_REQUEST, "「" + field + "」不是流程引擎的编号（字母、数字和 : . _ -，至多 64 个字符）", field);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        List<MilestoneChecks.Quarter> quarters;
        if (byDefinition) {
            var key = checks.definitionKey(processDefinitionId);
            if (key.isEmpty() || !CommitmentProcess.KEY.equals(key.get())) {
                return error(HttpStatus.NOT_FOUND, "流程定义 " + processDefinitionId + " 不是承诺事项督办流程，没有里程碑", "processDefinitionId");
            }
            body.put("processDefinitionId", processDefinitionId);
            quarters = checks.ofDefinition(processDefinitionId);
        } else {
            var instance = checks.instance(processInstanceId);
            if (instance.isEmpty() || !CommitmentProcess.KEY.equals(instance.get().definitionKey())) {
                return error(HttpStatus.NOT_FOUND, "流程实例 " + processInstanceId + " 不是承诺事项督办流程的实例，没有里程碑", "processInstanceId");
            }
            body.put("processInstanceId", processInstanceId);
            body.put("commitmentId", instance.get().businessKey());
            quarters = checks.ofInstance(processInstanceId);
        }
        body.put("reached", quarters.stream().mapToLong(MilestoneChecks.Quarter::reached).sum());
        body.put("missed", quarters.stream().mapToLong(MilestoneChecks.Quarter::missed).sum());
        body.put("quarters", quarters);
        // where the counts belong on the diagram: the two milestone events inside 常态化调度, and the sub-process itself
        body.put("reachedElement", CommitmentProcess.EVENT_MILESTONE_REACHED);
        body.put("missedElement", CommitmentProcess.EVENT_MILESTONE_MISSED);
        body.put("scopeElement", CommitmentProcess.SUB_DISPATCH);
        return ResponseEntity.ok(body);
    }

    private static ResponseEntity<?> error(HttpStatus status, String message, String field) {
        return ResponseEntity.status(status).body(ErrorBody.of(ErrorBody.type(status.value()), message, field));
    }
}
