package cn.duban.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/** Test users: created once with a password and their groups; a second call finds the user there. */
public final class TestUsers {

    private TestUsers() {
    }

    public static void ensure(ProcessEngine engine, String id, String password, String... groups) {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("测试");
        user.setPassword(password);
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
    }
}
