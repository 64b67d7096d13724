package cn.duban.detail;

import cn.duban.evidence.EvidenceLines;
import cn.duban.evidence.EvidenceStore;
import cn.duban.ledger.BureauRepository;
import cn.duban.ledger.CommitmentRecord;
import cn.duban.ledger.CommitmentRepository;
import cn.duban.ledger.LeaderRecord;
import cn.duban.ledger.LeaderRepository;
import cn.duban.overview.CommitmentStatus;
import cn.duban.overview.Visibility;
import cn.duban.system.EngineClock;
import cn.duban.system.Printable;
import java.time.LocalDate;
import cn.duban.plan.PlanForm;
import cn.duban.system.ApiCaller;
import cn.duban.system.AsDuban;
import cn.duban.system.ErrorBody;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /duban/api/commitments/{id}}: one commitment's whole year for 承诺事项详情 — the source sentence, plan and
 * reviews, every report and rating, quarterly checks, 督办单 and 专班, baselines, changes, closure or the
 * explanation of an unfinished commitment — for those who may see it ({@link Visibility}). People are named,
 * numbers carry their units; the Cockpit link is there only for those Cockpit lets in.
 */
@RestController
class CommitmentPageController {

    private final CommitmentRepository commitments;
    private final BureauRepository bureaus;
    private final LeaderRepository leaders;
    private final CommitmentRecords records;
    private final PlanHistory plans;
    private final Visibility visibility;
    private final HistoryService history;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final EvidenceStore evidence;

    CommitmentPageController(CommitmentRepository commitments, BureauRepository bureaus, LeaderRepository leaders,
            CommitmentRecords records, PlanHistory plans, Visibility visibility, HistoryService history,
            IdentityService identity, AuthorizationService authorizations, EvidenceStore evidence) {
        this.evidence = evidence;
        this.commitments = commitments;
        this.bureaus = bureaus;
        this.leaders = leaders;
        this.records = records;
        this.plans = plans;
        this.visibility = visibility;
        this.history = history;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @GetMapping("/duban/api/commitments/{id}")
    ResponseEntity<?> commitment(@PathVariable String id) {
        Optional<ApiCaller> caller = ApiCaller.current();
        if (caller.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ErrorBody.of(ErrorBody.type(401), "需要登录", null));
        }
        Optional<CommitmentRecord> found = id.length() > 32 ? Optional.empty() : commitments.findById(id);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorBody.of(ErrorBody.type(404),
                    "没有编号为「" + Printable.of(id) + "」的承诺事项", "id"));
        }
        CommitmentRecord commitment = found.get();
        List<String> coBureaus = List.copyOf(commitment.getCoBureauIds());
        if (!visibility.of(caller.get()).sees(commitment.getLeadBureauId(), coBureaus, commitment.getLeaderId())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ErrorBody.of(ErrorBody.type(403),
                    "只能查看本单位牵头或配合、本人分管的事项；事项 " + commitment.getId() + " 不在其中", "id"));
        }
        Map<String, Object> body = AsDuban.read(identity, () -> year(commitment, coBureaus));
        body.put("cockpitLink", mayOpenCockpit(caller.get())
                ? "/camunda/app/cockpit/default/#/process-instance/" + commitment.getProcessInstanceId() : null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private Map<String, Object> year(CommitmentRecord commitment, List<String> coBureaus) {
        String id = commitment.getId();
        CommitmentRecords.Units units = new CommitmentRecords.Units(commitment.getTargetText(), commitment.getTargetUnit());
        Map<String, String> bureauNames = bureaus.shortNames();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(commitment.getProcessInstanceId()).singleResult();
        List<CommitmentRecords.Report> reports = records.reports(id, units);
        List<CommitmentRecords.RatingLine> ratings = records.ratings(id);
        List<CommitmentRecords.Notice> notices = records.notices(id);
        List<CommitmentRecords.BaselineLine> baselines = records.baselines(id, units);
        List<CommitmentRecords.Change> changes = records.changes(id, units);
        List<CommitmentRecords.Closure> closures = records.closures(id);
        List<PlanHistory.Round> rounds = instance == null ? List.of() : plans.rounds(instance.getId()).stream()
                .map(round -> new PlanHistory.Round(round.kind(), round.by(), round.at(), withUnits(round.values(), units)))
                .toList();

        Set<String> people = new HashSet<>();
        reports.forEach(r -> people.add(r.reporter()));
        notices.forEach(n -> { people.add(n.issuedBy()); people.add(n.planFiledBy()); });
        baselines.forEach(b -> people.add(b.approvedBy()));
        changes.forEach(c -> { people.add(c.requestedBy()); people.add(c.reviewedBy()); people.add(c.decidedBy()); });
        closures.forEach(c -> { people.add(c.appliedBy()); people.add(c.verifiedBy()); });
        rounds.forEach(r -> people.add(r.by()));
        people.remove(null);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", commitment.getTitle());
        body.put("sectionId", commitment.getSectionId());
        body.put("sectionName", commitment.getSectionName());
        body.put("sourceSentence", commitment.getSourceSentence());
        body.put("kind", commitment.getKind().label());
        body.put("quantitative", commitment.getKind().hasNumericTarget());
        body.put("target", commitment.getTargetText() == null ? commitment.getKind().label()
                : (commitment.getDirection() == null ? "" : commitment.getDirection().label()) + commitment.getTargetText());
        body.put("targetValue", commitment.getTargetValue());
        // a rate or a ceiling is planned flat all year, not as an amount growing from zero
        body.put("growth", commitment.getDirection() != null && commitment.getDirection() != cn.duban.ledger.Direction.AT_LEAST);
        body.put("unit", commitment.getTargetUnit());
        body.put("deadline", commitment.getDeadline().toString());
        body.put("leadBureau", bureauNames.getOrDefault(commitment.getLeadBureauId(), commitment.getLeadBureauId()));
        body.put("coBureaus", coBureaus.stream().map(b -> bureauNames.getOrDefault(b, b)).collect(Collectors.joining("、")));
        body.put("leader", leaders.findById(commitment.getLeaderId()).map(LeaderRecord::getTitle).orElse(commitment.getLeaderId()));
        body.put("taskForce", commitment.isTaskForce() || notices.stream().anyMatch(n -> n.planFiledAt() != null && !n.planFiledAt().isEmpty()));
        body.put("state", state(instance, baselines.isEmpty() ? commitment.getDeadline()
                : LocalDate.parse(baselines.get(baselines.size() - 1).deadline())));
        body.put("plan", rounds);
        body.put("reports", reports);
        body.put("ratings", ratings);
        body.put("checks", records.checks(id, units));
        body.put("notices", notices);
        body.put("baselines", baselines);
        body.put("changes", changes);
        body.put("closures", closures);
        List<Map<String, Object>> files = evidence.ofCommitment(id).stream().map(EvidenceLines::of).toList();
        files.forEach(file -> people.add((String) file.get("uploadedBy")));
        body.put("evidence", files);
        body.put("people", names(people));
        return body;
    }

    private static Map<String, String> withUnits(Map<String, String> values, CommitmentRecords.Units units) {
        Map<String, String> written = new LinkedHashMap<>(values);
        for (int quarter = 1; quarter <= 4; quarter++) {
            String key = PlanForm.plannedValue(quarter);
            if (written.containsKey(key)) {
                try {
                    written.put(key, units.of(new BigDecimal(written.get(key))));
                } catch (NumberFormatException notANumber) {
                    // shown as it was entered
                }
            }
        }
        return written;
    }

    /** The state as the overview says it ({@link CommitmentStatus}), against the deadline in force. */
    private static Map<String, String> state(HistoricProcessInstance instance, LocalDate deadline) {
        boolean ended = instance != null && instance.getEndTime() != null;
        CommitmentStatus status = CommitmentStatus.of(ended ? instance.getEndActivityId() : null, deadline, EngineClock.today());
        Map<String, String> state = new LinkedHashMap<>();
        state.put("code", status.code());
        state.put("label", status.label());
        if (ended) {
            state.put("endedAt", CommitmentRecords.time(new java.sql.Timestamp(instance.getEndTime().getTime())));
        }
        return state;
    }


    private Map<String, String> names(Set<String> userIds) {
        Map<String, String> names = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        for (User user : identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
            String name = ((user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
            names.put(user.getId(), name.isEmpty() ? user.getId() : name);
        }
        return names;
    }

    private boolean mayOpenCockpit(ApiCaller caller) {
        return authorizations.isUserAuthorized(caller.userId(), caller.groupIds() == null ? List.of() : caller.groupIds(),
                Permissions.ACCESS, Resources.APPLICATION, "cockpit");
    }


}
