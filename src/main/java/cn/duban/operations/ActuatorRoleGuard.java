package cn.duban.operations;

import cn.duban.identity.Roles;
import cn.duban.system.ApiCaller;
import cn.duban.system.ErrorBody;
import cn.duban.system.Forbidden;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** After the login: only administrators and the metrics role read {@code /actuator}; everyone else gets 403. */
class ActuatorRoleGuard extends HttpFilter {

    static final String REFUSAL = "运行状态和监控指标只对系统管理员（camunda-admin 组）和运行监控角色（metrics 组）开放";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<ApiCaller> caller = ApiCaller.current();
        if (caller.isEmpty()) {
            ErrorBody.write(response, HttpServletResponse.SC_UNAUTHORIZED, ErrorBody.type(401), ActuatorLogin.MESSAGE, null);
            return;
        }
        if (!caller.get().isMemberOf(Roles.ADMINISTRATORS) && !caller.get().isMemberOf(Roles.METRICS)) {
            Forbidden.send(response, REFUSAL);
            return;
        }
        chain.doFilter(request, response);
    }
}
