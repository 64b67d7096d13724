package cn.duban.overview;

import cn.duban.system.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks past their due date that the caller may read, as the engine's authorizations decide (the
 * supervision office reads every task, a bureau or leader those of its groups), each with the group that must act,
 * the commitment it is for and how many days it is late.
 */
@Component
class OverdueTasks {

    record Candidate(String id, String name) {
    }

    record Overdue(String taskId, String name, List<Candidate> groups, String assignee, String commitmentId,
            String commitmentTitle, Instant dueAt, long daysOverdue) {
    }

    private final TaskService tasks;
    private final IdentityService identity;

    OverdueTasks(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Runs as the caller the REST filter authenticated; {@code commitments} maps process instance ids to rows. */
    List<Overdue> readableNow(Map<String, OverviewRow> commitments) {
        Instant now = EngineClock.now();
        List<Task> late = tasks.createTaskQuery().dueBefore(Date.from(now)).orderByDueDate().asc().list();
        Map<String, List<String>> groupsOf = new LinkedHashMap<>();
        for (Task task : late) {
            groupsOf.put(task.getId(), tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).sorted().toList());
        }
        List<String> groupIds = groupsOf.values().stream().flatMap(List::stream).distinct().toList();
        Map<String, String> names = groupIds.isEmpty() ? Map.of()
                : identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list().stream()
                        .collect(Collectors.toMap(Group::getId, group -> group.getName() == null ? group.getId() : group.getName()));
        return late.stream().map(task -> {
            OverviewRow commitment = commitments.get(task.getProcessInstanceId());
            List<String> groups = groupsOf.get(task.getId());
            Instant due = task.getDueDate().toInstant();
            return new Overdue(task.getId(), task.getName(),
                    groups.stream().map(group -> new Candidate(group, names.getOrDefault(group, group))).toList(),
                    task.getAssignee(), commitment == null ? null : commitment.id(),
                    commitment == null ? null : commitment.title(), due, Math.max(1, Duration.between(due, now).toDays()));
        }).toList();
    }
}
