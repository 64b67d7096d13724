package cn.duban.authorization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every command that checks authorizations, Camunda reads {@code select distinct GROUP_ID_ from
 * ACT_RU_AUTHORIZATION} — the whole table — to drop the caller's groups that hold no authorization. duban grants
 * each commitment's bureaus and leader on its instance and tasks, so the table grows with the ledger (about nine rows
 * per commitment): at 10,000 commitments every Tasklist call read 91,000 rows once per command (docs/benchmarks.md).
 * A group without authorizations matches no row of the check itself, so for a caller in a few groups the narrowing
 * changes nothing but its cost; it is skipped up to {@link AuthorizationCheckProperties#prefilterGroupsAbove()}
 * groups. The engine has no public setting for this (CIB seven and an Operaton proposal add one); the manager is the
 * engine's own, replaced through its session factories.
 */
@Component
class GroupsCheckedAsGiven extends AbstractProcessEnginePlugin {

    private final AuthorizationCheckProperties properties;

    GroupsCheckedAsGiven(AuthorizationCheckProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        int limit = properties.prefilterGroupsAbove();
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager(limit);
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static final class Manager extends AuthorizationManager {

        private final int prefilterAbove;

        Manager(int prefilterAbove) {
            this.prefilterAbove = prefilterAbove;
        }

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
            if (groupIds == null || groupIds.isEmpty() || groupIds.size() > prefilterAbove) {
                return super.filterAuthenticatedGroupIds(groupIds);
            }
            // a mutable list: the engine's mappings call size() on it by reflection
            return new ArrayList<>(new LinkedHashSet<>(groupIds.stream().filter(Objects::nonNull).toList()));
        }
    }
}
