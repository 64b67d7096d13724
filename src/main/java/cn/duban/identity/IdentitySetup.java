package cn.duban.identity;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.ledger.LedgerProperties;
import cn.duban.ledger.LedgerReader;
import cn.duban.ledger.LedgerValidationException;
import cn.duban.scorecard.ScorecardProcess;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates, at start-up and idempotently, a Camunda group per bureau and leader plus the role groups, what
 * each may do (authorizations), the Chinese Tasklist filters, and in the demo profile the demo users.
 * Two nodes starting at once may race; a duplicate created by the other node is taken as done.
 */
@Component
class IdentitySetup {

    static final String DEMO_USER_SUFFIX = "01";
    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identity;
    private final Grants grants;
    private final TaskFilters taskFilters;
    private final LedgerProperties files;
    private final IdentityProperties properties;

    IdentitySetup(IdentityService identity, FilterService filters, TaskService tasks, AuthorizationService authorizations,
            LedgerProperties files, IdentityProperties properties) {
        this.identity = identity;
        this.grants = new Grants(authorizations);
        this.taskFilters = new TaskFilters(filters, tasks, grants);
        this.files = files;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void setUp() {
        OrganisationGroups organisation;
        try {
            var read = LedgerReader.readOrganisation(files);
            organisation = OrganisationGroups.of(read.bureaus(), read.leaders());
        } catch (LedgerValidationException e) {
            log.error("用户组未能按名录更新：{}", e.getMessage());
            return;
        }
        organisation.groups().forEach(this::ensureGroup);
        List<String> bureaus = organisation.ids(Roles.TYPE_BUREAU);
        List<String> leaders = new ArrayList<>(organisation.ids(Roles.TYPE_LEADER));
        leaders.add(Roles.LEADERS);
        grantApplications(bureaus, leaders);
        Set<String> managed = new LinkedHashSet<>();
        organisation.groups().forEach(group -> managed.add(group.id()));
        taskFilters.ensure(bureaus, leaders, managed);
        if (properties.demoUsers()) {
            createDemoUsers(organisation);
        }
        log.info("已按名录配置 {} 个用户组及其权限和任务过滤器", organisation.groups().size());
    }

    private void grantApplications(List<String> bureaus, List<String> leaders) {
        List<String> workers = new ArrayList<>(bureaus);
        workers.addAll(leaders);
        workers.add(Roles.SUPERVISION_OFFICE);
        for (String group : workers) {
            grants.grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // the model itself is no secret; instances are granted one by one when a commitment starts
            grants.grant(group, Resources.PROCESS_DEFINITION, CommitmentProcess.KEY, ProcessDefinitionPermissions.READ);
            grants.grant(group, Resources.PROCESS_DEFINITION, ScorecardProcess.KEY, ProcessDefinitionPermissions.READ);
            grants.grant(group, Resources.PROCESS_DEFINITION, ScorecardProcess.EXPLANATION_KEY, ProcessDefinitionPermissions.READ);
            // finishing the last task of a monthly scorecard ends the calendar run that called it, as the person who finished it
            grants.grant(group, Resources.PROCESS_DEFINITION, ScorecardProcess.CALENDAR_KEY, ProcessDefinitionPermissions.READ);
        }
        // 督查室 starts a scorecard on demand from Tasklist; commitments are only ever started by the ledger import
        grants.grant(Roles.SUPERVISION_OFFICE, Resources.PROCESS_DEFINITION, ScorecardProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(Roles.SUPERVISION_OFFICE, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        for (String reader : List.of(Roles.SUPERVISION_OFFICE, Roles.AUDITORS)) {
            grants.grant(reader, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grants.grant(reader, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grants.grant(reader, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            grants.grant(reader, Resources.DEPLOYMENT, "*", Permissions.READ);
            grants.grant(reader, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
        }
        grants.grant(Roles.SUPERVISION_OFFICE, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_TASK);
        // Cockpit's 人工任务 (the engine's task report by candidate group) asks for READ on TASK *, not for the
        // definitions' READ_TASK. READ only: claiming, completing or reassigning a bureau's task needs UPDATE,
        // TASK_WORK or TASK_ASSIGN, which only the task's candidates and assignee get.
        grants.grant(Roles.SUPERVISION_OFFICE, Resources.TASK, "*", Permissions.READ);
    }

    private void ensureGroup(OrganisationGroups.Group wanted) {
        Group group = identity.createGroupQuery().groupId(wanted.id()).singleResult();
        if (group == null) {
            group = identity.newGroup(wanted.id());
        } else if (wanted.name().equals(group.getName()) && wanted.type().equals(group.getType())) {
            return;
        }
        group.setName(wanted.name());
        group.setType(wanted.type());
        try {
            identity.saveGroup(group);
        } catch (ProcessEngineException raced) {
            log.debug("用户组 {} 已由其他节点创建", wanted.id());
        }
    }

    private void createDemoUsers(OrganisationGroups organisation) {
        for (OrganisationGroups.Group group : organisation.groups()) {
            if (!group.id().equals(Roles.LEADERS)) {
                ensureDemoUser(group.id() + DEMO_USER_SUFFIX, group.name(), group.id());
            }
        }
        organisation.ids(Roles.TYPE_LEADER).forEach(leader -> membership(leader + DEMO_USER_SUFFIX, Roles.LEADERS));
    }

    private void ensureDemoUser(String id, String groupName, String groupId) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("演示");
            user.setLastName(groupName);
            user.setPassword(properties.demoPassword());
            identity.saveUser(user);
        }
        membership(id, groupId);
    }

    private void membership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
