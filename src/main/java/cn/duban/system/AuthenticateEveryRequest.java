package cn.duban.system;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's REST authentication filter, minus its anonymous white list (except a new user's
 * activation): even the engine listing
 * ({@code /engine-rest/engine}) tells a stranger nothing. The authenticated caller is also made known to
 * duban's own endpoints as {@link ApiCaller}.
 */
class AuthenticateEveryRequest extends ProcessEngineAuthenticationFilter {

    /** A new user's first login (setting a password with the one-time code) cannot need a login itself. */
    static final String ACTIVATION = "/duban/api/activation";

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return !ACTIVATION.equals(requestUrl);
    }

    @Override
    protected void setAuthenticatedUser(ProcessEngine engine, String userId, List<String> groupIds, List<String> tenantIds) {
        // the filter leaves groups to be looked up when its authentication provider did not supply them
        List<String> groups = groupIds != null ? groupIds : getGroupsOfUser(engine, userId);
        super.setAuthenticatedUser(engine, userId, groups, tenantIds);
        ApiCaller.set(new ApiCaller(userId, groups));
    }

    @Override
    protected void clearAuthentication(ProcessEngine engine) {
        ApiCaller.clear();
        super.clearAuthentication(engine);
    }
}
