package cn.duban.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Grants permissions to groups, adding to an existing grant rather than duplicating it, so set-up can run again. */
public final class Grants {

    private final AuthorizationService authorizations;

    public Grants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream().findFirst()
                .orElseGet(() -> {
                    Authorization created = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    created.setGroupId(groupId);
                    created.setResource(resource);
                    created.setResourceId(resourceId);
                    return created;
                });
        boolean missing = Arrays.stream(permissions).anyMatch(permission -> !grant.isPermissionGranted(permission));
        if (grant.getId() == null || missing) {
            Arrays.stream(permissions).forEach(grant::addPermission);
            authorizations.saveAuthorization(grant);
        }
    }
}
