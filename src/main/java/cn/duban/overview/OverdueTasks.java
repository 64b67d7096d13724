package cn.duban.overview;

import cn.duban.system.AsDuban;
import cn.duban.system.EngineClock;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
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

    /**
     * A viewer the database cannot count for (who reads only part of the ledger, or not every overdue task) has the
     * rest of their overdue tasks read through the engine, one page, up to this many; beyond it the counts are of the
     * listed tasks. A bureau's or a leader's overdue tasks are far fewer; the bound keeps a misconfigured grant cheap.
     */
    static final int COUNTED_ONE_BY_ONE = 5_000;

    private final TaskService tasks;
    private final IdentityService identity;
    private final NamedParameterJdbcTemplate jdbc;

    OverdueTasks(TaskService tasks, IdentityService identity, NamedParameterJdbcTemplate jdbc) {
        this.tasks = tasks;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** How many overdue tasks a candidate group has. */
    record GroupCount(Candidate group, long count) {
    }

    /**
     * How many overdue tasks the caller may read, the longest overdue of them, and per candidate group how many:
     * of every overdue task when {@code byGroupOfAll}, else of the tasks listed.
     */
    record Listed(long total, List<Overdue> tasks, List<GroupCount> byGroup, boolean byGroupOfAll) {
    }

    /**
     * Runs as the caller the REST filter authenticated; {@code commitmentsOf} maps process instance ids to the
     * commitments the caller may see. At most {@code listed} tasks are read, the longest overdue first; all are counted.
     * When more are overdue than listed, the groups' counts are still of all of them: counted by the database for a
     * caller who sees the whole ledger and may read every overdue task (the engine's count for the caller equals the
     * count of all), else of the rest read through the engine (which says which tasks a caller may read only by
     * listing them) when they are at most {@code counted} ({@link #COUNTED_ONE_BY_ONE} on the page); only beyond that
     * of the tasks listed.
     */
    Listed readableNow(Function<List<String>, Map<String, Commitment>> commitmentsOf, int listed, int counted,
            boolean wholeLedger) {
        Instant now = EngineClock.now();
        Supplier<TaskQuery> overdueNow = () -> tasks.createTaskQuery().dueBefore(Date.from(now));
        long total = overdueNow.get().count();
        List<Task> late = total == 0 ? List.of() : longestOverdueFirst(overdueNow.get()).listPage(0, listed);
        Map<String, Commitment> commitments = late.isEmpty() ? Map.of()
                : commitmentsOf.apply(late.stream().map(Task::getProcessInstanceId).distinct().toList());
        Map<String, List<String>> groupsOf = candidateGroups(late.stream().map(Task::getId).toList());
        boolean listedAll = total <= late.size();
        boolean byDatabase = !listedAll && wholeLedger && everyOverdueTask(now) == total;
        boolean restRead = !listedAll && !byDatabase && total <= counted;
        Map<String, Long> counts = new LinkedHashMap<>();
        if (byDatabase) {
            counts.putAll(overdueByGroup(now));
        } else {
            countGroups(groupsOf, counts);
            if (restRead) {
                List<String> rest = longestOverdueFirst(overdueNow.get()).listPage(late.size(), (int) total - late.size())
                        .stream().map(Task::getId).toList();
                countGroups(candidateGroups(rest), counts);
            }
        }
        boolean ofAll = listedAll || byDatabase || restRead;
        List<String> groupIds = counts.keySet().stream().toList();
        // group names are no secret, but the engine lets a user read only groups granted to them
        Map<String, String> names = groupIds.isEmpty() ? Map.of() : AsDuban.read(identity,
                () -> identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()).stream()
                        .collect(Collectors.toMap(Group::getId, group -> group.getName() == null ? group.getId() : group.getName()));
        List<GroupCount> byGroup = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new GroupCount(new Candidate(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey())),
                        entry.getValue()))
                .toList();
        List<Overdue> overdue = late.stream().map(task -> {
            Commitment commitment = commitments.get(task.getProcessInstanceId());
            List<String> groups = groupsOf.getOrDefault(task.getId(), List.of());
            Instant due = task.getDueDate().toInstant();
            return new Overdue(task.getId(), task.getName(),
                    groups.stream().map(group -> new Candidate(group, names.getOrDefault(group, group))).toList(),
                    task.getAssignee(), commitment == null ? null : commitment.id(),
                    commitment == null ? null : commitment.title(), due, Math.max(1, Duration.between(due, now).toDays()));
        }).toList();
        return new Listed(total, overdue, byGroup, ofAll);
    }

    private static TaskQuery longestOverdueFirst(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskId().asc();
    }

    private static void countGroups(Map<String, List<String>> groupsOf, Map<String, Long> counts) {
        groupsOf.values().forEach(groups -> groups.forEach(group -> counts.merge(group, 1L, Long::sum)));
    }

    /** Every open task past its due date, whoever may read it, as the engine's {@code dueBefore} counts them. */
    private long everyOverdueTask(Instant now) {
        Long count = jdbc.queryForObject("select count(*) from act_ru_task where due_date_ < :now",
                Map.of("now", java.sql.Timestamp.from(now)), Long.class);
        return count == null ? 0 : count;
    }

    private Map<String, Long> overdueByGroup(Instant now) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select l.group_id_, count(distinct t.id_) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_"
                + " where t.due_date_ < :now and l.type_ = 'candidate' and l.group_id_ is not null group by l.group_id_",
                Map.of("now", java.sql.Timestamp.from(now)), (ResultSet row) -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    /** The candidate groups of tasks the caller could already read, in one query rather than one per task. */
    private Map<String, List<String>> candidateGroups(List<String> taskIds) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (int from = 0; from < taskIds.size(); from += 1000) {
            jdbc.query("select task_id_, group_id_ from act_ru_identitylink where type_ = 'candidate' and group_id_ is not null"
                    + " and task_id_ in (:ids)", Map.of("ids", taskIds.subList(from, Math.min(taskIds.size(), from + 1000))),
                    (ResultSet row) -> {
                        groups.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
                    });
        }
        groups.values().forEach(Collections::sort);
        return groups;
    }
}
