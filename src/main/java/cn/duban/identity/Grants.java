package cn.duban.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;

/** Grants permissions to groups (and takes them back), adding to an existing grant rather than duplicating it, so set-up can run again. */
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

    /**
     * Grants on a resource created in this transaction (a process instance just started), which no grant can name yet:
     * saved without first looking for one to add to, a query less per grant when a ledger of thousands is imported.
     */
    public void grantOnNew(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        Arrays.stream(permissions).forEach(grant::addPermission);
        authorizations.saveAuthorization(grant);
    }

    /**
     * Takes {@code permissions} out of the group's grant on the resource, where it has them; a grant left with no
     * permission is deleted. Permissions the group has through other grants (e.g. on {@code *}) are not touched.
     */
    public void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
        for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list()) {
            if (Arrays.stream(permissions).noneMatch(grant::isPermissionGranted)) {
                continue;
            }
            Arrays.stream(permissions).forEach(grant::removePermission);
            // NONE counts as granted on any grant: what is left is the permissions beyond it
            if (Arrays.stream(grant.getPermissions(Permissions.values())).allMatch(Permissions.NONE::equals)) {
                authorizations.deleteAuthorization(grant.getId());
            } else {
                authorizations.saveAuthorization(grant);
            }
        }
    }
}
