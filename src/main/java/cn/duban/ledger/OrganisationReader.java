package cn.duban.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the bureau and leader files. Their ids become Camunda group ids, hence letters and digits only. */
final class OrganisationReader {

    static final Set<String> BUREAU_KINDS = Set.of("department", "park", "street");
    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9]+");

    private OrganisationReader() {
    }

    static List<Bureau> readBureaus(Path path, Problems problems) {
        List<Bureau> bureaus = new ArrayList<>();
        YamlFile.read(path, problems).ifPresent(top -> {
            top.rejectUnknownFields(Set.of("bureaus"));
            List<YamlMap> items = listOf(top, "bureaus", "责任单位");
            Set<String> ids = new LinkedHashSet<>();
            for (YamlMap item : items) {
                String id = groupId(item, ids).orElse(null);
                YamlMap bureau = item.identifiedAs(id);
                bureau.rejectUnknownFields(new LinkedHashSet<>(List.of("id", "name", "shortName", "kind")));
                String name = bureau.requiredText("name").orElse(null);
                String shortName = bureau.requiredText("shortName").orElse(null);
                String kind = bureau.requiredText("kind").orElse(null);
                if (kind != null && !BUREAU_KINDS.contains(kind)) {
                    bureau.problem("kind", "未知的单位类型“" + kind + "”（应为 department 委办局、park 功能区或 street 街道）");
                }
                bureaus.add(new Bureau(id, name, shortName, kind));
            }
        });
        return bureaus;
    }

    static List<Leader> readLeaders(Path path, Problems problems) {
        List<Leader> leaders = new ArrayList<>();
        YamlFile.read(path, problems).ifPresent(top -> {
            top.rejectUnknownFields(Set.of("leaders"));
            Set<String> ids = new LinkedHashSet<>();
            for (YamlMap item : listOf(top, "leaders", "分管区领导")) {
                String id = groupId(item, ids).orElse(null);
                YamlMap leader = item.identifiedAs(id);
                leader.rejectUnknownFields(new LinkedHashSet<>(List.of("id", "title")));
                String title = leader.requiredText("title").orElse(null);
                leaders.add(new Leader(id, title));
            }
        });
        return leaders;
    }

    /** Users may be listed without any, hence an empty list is fine; every group must be one duban creates. */
    static List<UserEntry> readUsers(Path path, Set<String> groups, Problems problems) {
        List<UserEntry> users = new ArrayList<>();
        YamlFile.read(path, problems).ifPresent(top -> {
            top.rejectUnknownFields(Set.of("users"));
            if (!top.has("users")) {
                top.problem("users", "缺少“users:”用户列表（可以为空列表 []）");
                return;
            }
            Set<String> ids = new LinkedHashSet<>();
            for (YamlMap item : top.maps("users")) {
                String id = groupId(item, ids).orElse(null);
                YamlMap user = item.identifiedAs(id);
                user.rejectUnknownFields(new LinkedHashSet<>(List.of("id", "firstName", "lastName", "email", "groups")));
                String lastName = user.requiredText("lastName").orElse(null);
                String firstName = user.text("firstName").orElse("");
                String email = user.text("email").orElse(null);
                if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
                    user.problem("email", "电子邮箱“" + email + "”格式不正确");
                }
                List<String> memberOf = user.texts("groups");
                if (memberOf.isEmpty()) {
                    user.problem("groups", "至少属于一个用户组（单位编号、领导编号或 duchashi、quldaoban、shenji）");
                }
                memberOf.stream().filter(group -> !groups.contains(group))
                        .forEach(group -> user.problem("groups", "未知的用户组“" + group + "”"));
                users.add(new UserEntry(id, firstName, lastName, email, memberOf));
            }
        });
        return users;
    }

    private static List<YamlMap> listOf(YamlMap top, String key, String what) {
        if (!top.has(key)) {
            top.problem(key, "缺少“" + key + ":”列表（" + what + "）");
            return List.of();
        }
        List<YamlMap> items = top.maps(key);
        if (items.isEmpty()) {
            top.problem(key, what + "列表为空");
        }
        return items;
    }

    private static Optional<String> groupId(YamlMap item, Set<String> seen) {
        Optional<String> id = item.requiredText("id");
        id.ifPresent(value -> {
            if (!GROUP_ID.matcher(value).matches()) {
                item.problem("id", "编号“" + value + "”只能由英文字母和数字组成（用作 Camunda 用户组编号）");
            } else if (!seen.add(value)) {
                item.problem("id", "编号“" + value + "”重复");
            }
        });
        return id;
    }
}
