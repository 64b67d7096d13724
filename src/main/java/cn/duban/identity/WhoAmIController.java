package cn.duban.identity;

import cn.duban.system.BasicOrWebappSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import cn.duban.system.ApiCaller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /duban/api/me}: who is logged in, in which groups, and which Camunda webapps they may open, so duban's
 * pages show a link to Cockpit only to those whom Cockpit would let in; and, for a webapp login, the session's CSRF token
 * that duban's pages send with a write (the webapps' cookie for it belongs to {@code /camunda}, which duban's pages do not
 * see). Another site's page cannot read this answer: duban allows no cross-origin reads.
 */
@RestController
class WhoAmIController {

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    WhoAmIController(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @GetMapping("/duban/api/me")
    ResponseEntity<?> me(HttpServletRequest request) {
        return ApiCaller.current().<ResponseEntity<?>>map(caller -> ResponseEntity.ok()
                        .cacheControl(org.springframework.http.CacheControl.noStore()).body(describe(caller, request)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "需要登录")));
    }

    private Map<String, Object> describe(ApiCaller caller, HttpServletRequest request) {
        User user = identity.createUserQuery().userId(caller.userId()).singleResult();
        List<String> groupIds = caller.groupIds() == null ? List.of() : caller.groupIds();
        List<Group> groups = groupIds.isEmpty() ? List.of()
                : identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", caller.userId());
        body.put("name", user == null ? caller.userId() : displayName(user));
        body.put("groups", groups.stream().map(group -> Map.of("id", group.getId(),
                "name", group.getName() == null ? group.getId() : group.getName(),
                "type", group.getType() == null ? "" : group.getType())).toList());
        Map<String, Boolean> apps = new LinkedHashMap<>();
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            apps.put(app, authorizations.isUserAuthorized(caller.userId(), groupIds, Permissions.ACCESS,
                    Resources.APPLICATION, app));
        }
        body.put("apps", apps);
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(BasicOrWebappSession.CSRF_TOKEN_ATTRIBUTE) instanceof String token) {
            body.put("csrfToken", token);
        }
        return body;
    }

    private static String displayName(User user) {
        String last = user.getLastName() == null ? "" : user.getLastName();
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String name = (last + first).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
