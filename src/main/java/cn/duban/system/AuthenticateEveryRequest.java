package cn.duban.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's REST authentication filter, minus its anonymous white list: even the engine listing
 * ({@code /engine-rest/engine}) tells a stranger nothing.
 */
class AuthenticateEveryRequest extends ProcessEngineAuthenticationFilter {

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return true;
    }
}
