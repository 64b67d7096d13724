package cn.duban.evidence;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.dispatch.ReportPeriod;
import cn.duban.dispatch.ReportPeriods;
import cn.duban.ledger.CommitmentRecord;
import cn.duban.ledger.CommitmentRepository;
import cn.duban.overview.Visibility;
import cn.duban.system.ApiCaller;
import cn.duban.system.AsDuban;
import cn.duban.system.EngineClock;
import cn.duban.system.Sha256;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Who may attach, see and remove 佐证材料. Attaching: whoever works the task (its assignee, or a member of a candidate
 * group while nobody has claimed it), to a task that takes evidence, within the limits, all files or none. Seeing: the
 * uploader, and whoever may see the commitment (or, for a scorecard explanation, the bureau and those who read the
 * whole ledger). What a file belongs to — commitment, bureau, task, period — is read from the engine and duban's
 * tables, never from the request.
 */
@Service
public class EvidenceService {

    /** A file as it arrives: the name its sender gave it, and its bytes. */
    public record Incoming(String originalName, byte[] content) {
    }

    record TaskEvidence(boolean mayUpload, EvidencePurpose purpose, boolean required, List<EvidenceFile> files,
            List<EvidenceFile> related, String relatedLabel) {
    }

    record Download(EvidenceFile file, byte[] content) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CommitmentRepository commitments;
    private final ReportPeriods periods;
    private final Visibility visibility;
    private final EvidenceStore store;
    private final FileInspection inspection;
    private final EvidenceProperties limits;

    EvidenceService(TaskService tasks, RuntimeService runtime, IdentityService identity, CommitmentRepository commitments,
            ReportPeriods periods, Visibility visibility, EvidenceStore store, FileInspection inspection, EvidenceProperties limits) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.commitments = commitments;
        this.periods = periods;
        this.visibility = visibility;
        this.store = store;
        this.inspection = inspection;
        this.limits = limits;
    }

    /** Attaches the files to the task as the caller, all or none; refuses with {@link EvidenceRefused}. */
    public List<EvidenceFile> attach(ApiCaller caller, String taskId, List<Incoming> files) {
        Task task = openTask(taskId);
        EvidencePurpose purpose = EvidencePurpose.ofTask(task.getTaskDefinitionKey())
                .orElseThrow(() -> new EvidenceRefused(null, "任务「" + task.getName() + "」无需上传佐证材料"));
        if (!works(caller, task)) {
            throw task.getAssignee() != null && !task.getAssignee().equals(caller.userId())
                    ? new EvidenceRefused(null, "任务已由 " + task.getAssignee() + " 认领，只有认领人可以上传佐证材料", 403)
                    : new EvidenceRefused(null, "没有这项待办任务，或您无权办理", 404);
        }
        int existing = store.countOfTask(taskId);
        if (existing + files.size() > limits.maxFiles()) {
            throw new EvidenceRefused(null, "每项任务最多上传 " + limits.maxFiles() + " 个文件：已有 " + existing + " 个，本次 "
                    + files.size() + " 个，均未保存");
        }
        Set<String> known = new HashSet<>(store.ofTask(taskId).stream().map(EvidenceFile::sha256).toList());
        List<EvidenceStore.Upload> uploads = new ArrayList<>();
        for (Incoming file : files) {
            String name = FileNames.sanitise(file.originalName());
            String type = inspection.inspect(name, file.content());
            name = FileInspection.withTrueExtension(name, type);
            String sha256 = Sha256.hex(file.content());
            if (!known.add(sha256)) {
                throw new EvidenceRefused(name, "与本任务已上传的文件内容相同，未重复保存");
            }
            uploads.add(new EvidenceStore.Upload(name, type, file.content(), sha256));
        }
        return store.add(owner(task, purpose), uploads, caller.userId(), EngineClock.now());
    }

    TaskEvidence ofTask(ApiCaller caller, String taskId) {
        Task task = openTask(taskId);
        Optional<EvidencePurpose> purpose = EvidencePurpose.ofTask(task.getTaskDefinitionKey());
        boolean works = works(caller, task);
        if (!works && !seesInstance(caller, task)) {
            throw new EvidenceRefused(null, "没有这项待办任务，或您无权查看", 404);
        }
        List<EvidenceFile> own = purpose.isPresent() ? store.ofTask(taskId) : List.of();
        EvidencePurpose reviewed = switch (task.getTaskDefinitionKey()) {
            case CommitmentProcess.TASK_VERIFY_CLOSURE -> EvidencePurpose.CLOSURE;
            case CommitmentProcess.TASK_ISSUE_NOTICE, CommitmentProcess.TASK_REVIEW_CHANGE, CommitmentProcess.TASK_APPROVE_CHANGE,
                    CommitmentProcess.TASK_CORRECTIVE_PLAN -> EvidencePurpose.PROGRESS;
            default -> null;
        };
        List<EvidenceFile> related = reviewed == null ? List.of() : store.ofInstance(task.getProcessInstanceId(), reviewed);
        String label = reviewed == null ? null : reviewed == EvidencePurpose.CLOSURE ? "办结销号申请所附佐证材料" : "各期进度填报所附佐证材料";
        return new TaskEvidence(works && purpose.isPresent(), purpose.orElse(null), purpose.orElse(null) == EvidencePurpose.CLOSURE,
                own, related, label);
    }

    Download download(ApiCaller caller, long id) {
        EvidenceFile file = store.find(id).orElseThrow(() -> new EvidenceRefused(null, "没有编号为 " + id + " 的佐证材料", 404));
        if (!caller.userId().equals(file.uploadedBy()) && !sees(caller, file)) {
            throw new EvidenceRefused(null, "只能查看本单位牵头或配合、本人分管事项的佐证材料", 403);
        }
        return new Download(file, store.content(file.sha256()));
    }

    void remove(ApiCaller caller, long id) {
        EvidenceFile file = store.find(id).orElseThrow(() -> new EvidenceRefused(null, "没有编号为 " + id + " 的佐证材料", 404));
        if (!caller.userId().equals(file.uploadedBy())) {
            throw new EvidenceRefused(file.fileName(), "不是您上传的，不能删除", 403);
        }
        if (file.sealed() || !store.removeUnsealed(id)) {
            throw new EvidenceRefused(file.fileName(), "已随任务办结归档，不能删除", 409);
        }
    }

    private Task openTask(String taskId) {
        Task task = taskId.length() > 64 ? null
                : AsDuban.read(identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw new EvidenceRefused(null, "没有这项待办任务（可能已办结）", 404);
        }
        return task;
    }

    /** The assignee works a claimed task; a candidate (user or group) an unclaimed one. */
    private boolean works(ApiCaller caller, Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(caller.userId());
        }
        List<IdentityLink> links = AsDuban.read(identity, () -> tasks.getIdentityLinksForTask(task.getId()));
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).anyMatch(link ->
                caller.userId().equals(link.getUserId()) || link.getGroupId() != null && caller.isMemberOf(link.getGroupId()));
    }

    private boolean seesInstance(ApiCaller caller, Task task) {
        Optional<CommitmentRecord> commitment = commitmentOf(task.getProcessInstanceId());
        Visibility.Scope scope = visibility.of(caller);
        return commitment.map(c -> scope.sees(c.getLeadBureauId(), List.copyOf(c.getCoBureauIds()), c.getLeaderId()))
                .orElse(scope.everything());
    }

    private boolean sees(ApiCaller caller, EvidenceFile file) {
        Visibility.Scope scope = visibility.of(caller);
        if (file.commitmentId() != null) {
            return commitments.findById(file.commitmentId())
                    .map(c -> scope.sees(c.getLeadBureauId(), List.copyOf(c.getCoBureauIds()), c.getLeaderId())).orElse(false);
        }
        return scope.everything() || file.bureauId() != null && caller.isMemberOf(file.bureauId());
    }

    private EvidenceStore.Owner owner(Task task, EvidencePurpose purpose) {
        Optional<CommitmentRecord> commitment = commitmentOf(task.getProcessInstanceId());
        String bureau = commitment.map(CommitmentRecord::getLeadBureauId).orElseGet(() -> candidateGroup(task));
        String period = purpose == EvidencePurpose.PROGRESS
                ? periods.current(task.getProcessInstanceId()).map(ReportPeriod::period).orElse(null) : null;
        return new EvidenceStore.Owner(purpose, commitment.map(CommitmentRecord::getId).orElse(null), bureau,
                task.getProcessInstanceId(), task.getId(), task.getName(), period);
    }

    private Optional<CommitmentRecord> commitmentOf(String processInstanceId) {
        ProcessInstance instance = AsDuban.read(identity,
                () -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
        return instance == null || instance.getBusinessKey() == null ? Optional.empty()
                : commitments.findById(instance.getBusinessKey())
                        .filter(record -> record.getProcessInstanceId().equals(processInstanceId));
    }

    private String candidateGroup(Task task) {
        return AsDuban.read(identity, () -> tasks.getIdentityLinksForTask(task.getId())).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(null);
    }
}
