package cn.duban.commitment;

import cn.duban.ledger.Bureau;
import cn.duban.ledger.Kind;
import cn.duban.ledger.Ledger;
import cn.duban.ledger.LedgerEntry;
import cn.duban.ledger.Milestone;
import cn.duban.plan.PlanForm;
import cn.duban.identity.Grants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The one place that starts {@code commitment} processes: business key = commitment id. */
@Component
public class CommitmentStarter {

    private final RuntimeService runtimeService;
    private final Grants grants;

    CommitmentStarter(RuntimeService runtimeService, AuthorizationService authorizations) {
        this.runtimeService = runtimeService;
        this.grants = new Grants(authorizations);
    }

    /**
     * Starts the commitment's process and returns its instance id; joins the caller's transaction. The lead
     * bureau, the co-bureaus and the responsible leader may read this instance and its history, nobody else
     * outside the supervision office and the auditors.
     */
    public String start(LedgerEntry entry, Ledger ledger) {
        String instanceId = runtimeService.startProcessInstanceByKey(CommitmentProcess.KEY, entry.id(), variables(entry, ledger)).getId();
        List<String> readers = new ArrayList<>(entry.coBureaus());
        readers.add(entry.leadBureau());
        readers.add(entry.leader());
        for (String group : readers) {
            grants.grantOnNew(group, Resources.PROCESS_INSTANCE, instanceId, ProcessInstancePermissions.READ);
            grants.grantOnNew(group, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, HistoricProcessInstancePermissions.READ);
        }
        return instanceId;
    }

    private static Map<String, Object> variables(LedgerEntry entry, Ledger ledger) {
        Map<String, Bureau> bureaus = ledger.bureaus().stream().collect(Collectors.toMap(Bureau::id, Function.identity()));
        String leaderTitle = ledger.leaders().stream().filter(leader -> leader.id().equals(entry.leader()))
                .findFirst().orElseThrow().title();
        Map<String, Object> vars = new HashMap<>();
        vars.put(CommitmentProcess.Vars.COMMITMENT_ID, entry.id());
        vars.put(CommitmentProcess.Vars.TITLE, entry.title());
        vars.put(CommitmentProcess.Vars.SOURCE_SENTENCE, entry.source());
        vars.put(CommitmentProcess.Vars.KIND, entry.kind().code());
        vars.put(CommitmentProcess.Vars.KIND_LABEL, entry.kind().label());
        vars.put(CommitmentProcess.Vars.DEADLINE, entry.deadline().toString());
        vars.put(CommitmentProcess.Vars.LEAD_BUREAU, entry.leadBureau());
        vars.put(CommitmentProcess.Vars.LEAD_BUREAU_NAME, bureaus.get(entry.leadBureau()).name());
        vars.put(CommitmentProcess.Vars.CO_BUREAU_NAMES, entry.coBureaus().isEmpty() ? "无"
                : entry.coBureaus().stream().map(id -> bureaus.get(id).shortName()).collect(Collectors.joining("、")));
        vars.put(CommitmentProcess.Vars.LEADER, entry.leader());
        vars.put(CommitmentProcess.Vars.LEADER_TITLE, leaderTitle);
        vars.put(CommitmentProcess.Vars.LAST_REPORT_SUMMARY, "尚未填报");
        vars.put(CommitmentProcess.Vars.TASK_FORCE, entry.taskForce());
        if (entry.kind() == Kind.QUANTITATIVE) {
            vars.put(CommitmentProcess.Vars.TARGET_TEXT, entry.direction().label() + entry.target().text());
            vars.put(CommitmentProcess.Vars.TARGET_VALUE, entry.target().value().doubleValue());
            vars.put(CommitmentProcess.Vars.TARGET_UNIT, entry.target().unit());
            vars.put(CommitmentProcess.Vars.DIRECTION, entry.direction().code());
        } else {
            vars.put(CommitmentProcess.Vars.TARGET_TEXT, entry.kind().label() + "，按期完成");
        }
        for (Milestone milestone : entry.milestones()) {
            if (milestone.plannedValue() != null) {
                vars.put(PlanForm.plannedValue(milestone.quarter()), milestone.plannedValue().doubleValue());
            } else {
                vars.put(PlanForm.plannedStatus(milestone.quarter()), milestone.plannedStatus().label());
            }
        }
        return vars;
    }
}
