package cn.duban.identity;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.dispatch.DispatchMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * duban's Chinese Tasklist filters and the groups that see each one. Every start-up brings the filters of an existing
 * database to what is defined here: a filter is found by its name, its query and properties are rewritten only when
 * they differ, a second filter of the same name (two nodes creating it at once) is removed, and READ is taken away
 * from duban's own groups the filter is no longer for (e.g. 本单位待办 from leaders, who now have 本人待办). Grants an
 * administrator gave other groups are left alone.
 */
final class TaskFilters {

    static final String BUREAU_TASKS = "本单位待办";
    static final String LEADER_TASKS = "本人待办";
    static final String LEADER_COMMITMENTS = "分管事项";
    static final String SUPERVISED = "督办事项";
    static final String DISTRICT_OVERDUE = "全区逾期";
    static final String MY_TASKS = "我的待办";
    static final String DUE_SOON = "三日内到期";
    static final String OVERDUE = "已逾期";

    private static final Logger log = LoggerFactory.getLogger(TaskFilters.class);
    private static final String GROUPS = "${currentUserGroups()}";
    private static final String NOW = "${now()}";

    /** One filter as it should be. */
    record Wanted(String name, String description, int priority, String color, TaskQuery query,
            List<Map<String, String>> variables, List<String> readers) {
    }

    private final FilterService filters;
    private final TaskService tasks;
    private final Grants grants;

    TaskFilters(FilterService filters, TaskService tasks, Grants grants) {
        this.filters = filters;
        this.tasks = tasks;
        this.grants = grants;
    }

    /**
     * @param bureaus every bureau group
     * @param leaders every leader group and {@link Roles#LEADERS}
     * @param managed every group duban manages: the filters' READ grants of these groups are made exactly as wanted
     */
    void ensure(List<String> bureaus, List<String> leaders, Set<String> managed) {
        wanted(bureaus, leaders).forEach(filter -> ensure(filter, managed));
    }

    List<Wanted> wanted(List<String> bureaus, List<String> leaders) {
        List<String> supervision = List.of(Roles.SUPERVISION_OFFICE);
        List<String> everyone = concat(bureaus, leaders, supervision);
        // Tasklist shows the first two on every task and the others when it is unfolded; the task's name already
        // says which commitment and what, its due date how late it is
        List<Map<String, String>> commitmentColumns = List.of(
                column(Vars.LEAD_BUREAU_NAME, "牵头单位"), column(Vars.TITLE, "承诺事项"),
                column(Vars.LEADER_TITLE, "分管领导"), column(Vars.COMMITMENT_ID, "事项编号"));
        return List.of(
                new Wanted(BUREAU_TASKS, "交由本单位办理的任务（本单位为候选组，含已认领的）", -20, "#3b7dd8",
                        offeredToMyGroups(), List.of(), concat(bureaus, supervision)),
                new Wanted(LEADER_TASKS, "交由本人办理的任务：分管事项的审批和专班整改，区领导的成绩单审批", -20, "#3b7dd8",
                        offeredToMyGroups(), commitmentColumns, leaders),
                new Wanted(LEADER_COMMITMENTS, "本人分管的承诺事项中待本人办理的任务（专班整改方案、审批延期/调整）", -19, "#17a2b8",
                        offeredToMyGroups().processDefinitionKey(CommitmentProcess.KEY), commitmentColumns, leaders),
                new Wanted(SUPERVISED, "已下发督办单的事项：待下发的督办单、专班整改方案、专班推进中的每周进度填报", -18, "#6f42c1",
                        tasks.createTaskQuery().or()
                                .taskDefinitionKeyIn(CommitmentProcess.TASK_ISSUE_NOTICE, CommitmentProcess.TASK_CORRECTIVE_PLAN)
                                .processVariableValueEquals(Vars.DISPATCH_MODE, DispatchMode.WEEKLY.code())
                                .endOr().orderByDueDate().asc(),
                        commitmentColumns, supervision),
                new Wanted(DISTRICT_OVERDUE, "全区各责任单位已过到期日期仍未办理的任务", -17, "#d9534f",
                        tasks.createTaskQuery().taskCandidateGroupIn(bureaus).includeAssignedTasks().dueBeforeExpression(NOW)
                                .orderByDueDate().asc(),
                        commitmentColumns, supervision),
                new Wanted(MY_TASKS, "已由我认领的任务", -16, "#2e8b57",
                        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), List.of(), everyone),
                new Wanted(DUE_SOON, "三日内到期的本单位（本人）任务", -15, "#e0a800",
                        offeredToMyGroups().dueBeforeExpression("${dateTime().plusDays(3).toDate()}").dueAfterExpression(NOW),
                        List.of(), everyone),
                new Wanted(OVERDUE, "已过到期日期仍未办理的本单位（本人）任务", -14, "#d9534f",
                        offeredToMyGroups().dueBeforeExpression(NOW).orderByDueDate().asc(), List.of(), everyone));
    }

    private TaskQuery offeredToMyGroups() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression(GROUPS).includeAssignedTasks();
    }

    private void ensure(Wanted wanted, Set<String> managed) {
        Filter filter = theOneNamed(wanted.name());
        Map<String, Object> properties = properties(wanted);
        if (filter == null) {
            filter = filters.newTaskFilter(wanted.name()).setQuery(wanted.query()).setProperties(properties);
            filters.saveFilter(filter);
        } else if (!json(filter.getQuery()).equals(json(wanted.query())) || !properties.equals(filter.getProperties())) {
            filters.saveFilter(filter.setQuery(wanted.query()).setProperties(properties));
            log.info("任务过滤器「{}」已按新定义更新", wanted.name());
        }
        for (String group : managed) {
            if (wanted.readers().contains(group)) {
                grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
            } else {
                grants.revoke(group, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }

    /** The filter of that name; of several (created by two nodes at once), the first by id, the others deleted. */
    private Filter theOneNamed(String name) {
        List<Filter> named = new ArrayList<>(filters.createFilterQuery().filterName(name).list());
        named.sort(Comparator.comparing(Filter::getId));
        for (Filter duplicate : named.subList(Math.min(1, named.size()), named.size())) {
            filters.deleteFilter(duplicate.getId());
            log.info("删除重复的任务过滤器「{}」（{}）", name, duplicate.getId());
        }
        return named.isEmpty() ? null : named.get(0);
    }

    private static Map<String, Object> properties(Wanted wanted) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", wanted.description());
        properties.put("priority", wanted.priority());
        properties.put("color", wanted.color());
        properties.put("refresh", true);
        if (!wanted.variables().isEmpty()) {
            // Tasklist shows these process variables on every task of the list
            properties.put("variables", wanted.variables());
        }
        return properties;
    }

    private static String json(TaskQuery query) {
        return new JsonTaskQueryConverter().toJsonObject(query).toString();
    }

    private static Map<String, String> column(String name, String label) {
        Map<String, String> column = new LinkedHashMap<>();
        column.put("name", name);
        column.put("label", label);
        return column;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
