package cn.duban.overview;

import cn.duban.system.AsDuban;
import cn.duban.system.EngineClock;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    /** The commitment a late task is for, when the caller may see it. */
    record Commitment(String id, String title) {
    }

    record Overdue(String taskId, String name, List<Candidate> groups, String assignee, String commitmentId,
            String commitmentTitle, Instant dueAt, long daysOverdue) {
    }

    private final TaskService tasks;
    private final IdentityService identity;
    private final NamedParameterJdbcTemplate jdbc;

    OverdueTasks(TaskService tasks, IdentityService identity, NamedParameterJdbcTemplate jdbc) {
        this.tasks = tasks;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** How many overdue tasks the caller may read, and the longest overdue of them. */
    record Listed(long total, List<Overdue> tasks) {
    }

    /**
     * Runs as the caller the REST filter authenticated; {@code commitmentsOf} maps process instance ids to the
     * commitments the caller may see. At most {@code listed} tasks are read, the longest overdue first; all are counted.
     */
    Listed readableNow(Function<List<String>, Map<String, Commitment>> commitmentsOf, int listed) {
        Instant now = EngineClock.now();
        long total = tasks.createTaskQuery().dueBefore(Date.from(now)).count();
        List<Task> late = total == 0 ? List.of()
                : tasks.createTaskQuery().dueBefore(Date.from(now)).orderByDueDate().asc().orderByTaskId().asc().listPage(0, listed);
        Map<String, Commitment> commitments = late.isEmpty() ? Map.of()
                : commitmentsOf.apply(late.stream().map(Task::getProcessInstanceId).distinct().toList());
        Map<String, List<String>> groupsOf = candidateGroups(late.stream().map(Task::getId).toList());
        List<String> groupIds = groupsOf.values().stream().flatMap(List::stream).distinct().toList();
        // group names are no secret, but the engine lets a user read only groups granted to them
        Map<String, String> names = groupIds.isEmpty() ? Map.of() : AsDuban.read(identity,
                () -> identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()).stream()
                        .collect(Collectors.toMap(Group::getId, group -> group.getName() == null ? group.getId() : group.getName()));
        return new Listed(total, late.stream().map(task -> {
            Commitment commitment = commitments.get(task.getProcessInstanceId());
            List<String> groups = groupsOf.getOrDefault(task.getId(), List.of());
            Instant due = task.getDueDate().toInstant();
            return new Overdue(task.getId(), task.getName(),
                    groups.stream().map(group -> new Candidate(group, names.getOrDefault(group, group))).toList(),
                    task.getAssignee(), commitment == null ? null : commitment.id(),
                    commitment == null ? null : commitment.title(), due, Math.max(1, Duration.between(due, now).toDays()));
        }).toList());
    }

    /** The candidate groups of tasks the caller could already read, in one query rather than one per task. */
    private Map<String, List<String>> candidateGroups(List<String> taskIds) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        if (taskIds.isEmpty()) {
            return groups;
        }
        jdbc.query("select task_id_, group_id_ from act_ru_identitylink where type_ = 'candidate' and group_id_ is not null"
                + " and task_id_ in (:ids) order by group_id_", Map.of("ids", taskIds), (ResultSet row) -> {
                    groups.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
                });
        return groups;
    }
}
