package cn.duban.identity;

import cn.duban.ledger.Bureau;
import cn.duban.ledger.Leader;
import java.util.ArrayList;
import java.util.List;

/** Every group duban needs, derived from the bureau and leader files. */
record OrganisationGroups(List<Group> groups) {

    /** One Camunda group: id, Chinese name, type (bureau, leader or role). */
    record Group(String id, String name, String type) {
    }

    static OrganisationGroups of(List<Bureau> bureaus, List<Leader> leaders) {
        List<Group> groups = new ArrayList<>();
        bureaus.forEach(bureau -> groups.add(new Group(bureau.id(), bureau.name(), Roles.TYPE_BUREAU)));
        leaders.forEach(leader -> groups.add(new Group(leader.id(), leader.title(), Roles.TYPE_LEADER)));
        groups.add(new Group(Roles.SUPERVISION_OFFICE, "区政府督查室", Roles.TYPE_ROLE));
        groups.add(new Group(Roles.LEADERS, "区领导", Roles.TYPE_ROLE));
        groups.add(new Group(Roles.AUDITORS, "审计", Roles.TYPE_ROLE));
        groups.add(new Group(Roles.METRICS, "运行监控", Roles.TYPE_ROLE));
        return new OrganisationGroups(List.copyOf(groups));
    }

    List<String> ids(String type) {
        return groups.stream().filter(group -> group.type().equals(type)).map(Group::id).toList();
    }
}
