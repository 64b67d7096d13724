package cn.duban.simulation;

import cn.duban.system.ApiCaller;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Works a task as one person, logged in as Tasklist would log them in: claimed by them, completed under their
 * authentication, so the history names them (assignee, operation log, the actor of every variable change).
 */
final class ActingPerson {

    private ActingPerson() {
    }

    static void claimAndComplete(ProcessEngine engine, Task task, String userId, Map<String, Object> values) {
        claimAndComplete(engine, task, userId, values, caller -> { });
    }

    /** As above, doing {@code beforeCompleting} as that person once the task is theirs (e.g. attaching evidence). */
    static void claimAndComplete(ProcessEngine engine, Task task, String userId, Map<String, Object> values,
            Consumer<ApiCaller> beforeCompleting) {
        var identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        if (groups.isEmpty()) {
            // a simulation outside the demo profile has no such user: act with the groups the task is offered to
            groups = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
        }
        identity.setAuthentication(userId, groups);
        try {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), userId);
            }
            beforeCompleting.accept(new ApiCaller(userId, groups));
            engine.getTaskService().complete(task.getId(), values);
        } finally {
            identity.clearAuthentication();
        }
    }
}
