package cn.duban.audit;

import cn.duban.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Who may export history: members of the auditors' group {@value Roles#AUDITORS} (审计), nobody else. */
@Component
public class Auditors {

    private final IdentityService identityService;

    Auditors(IdentityService identityService) {
        this.identityService = identityService;
    }

    public boolean isAuditor(String userId) {
        return userId != null && identityService.createUserQuery().userId(userId).memberOfGroup(Roles.AUDITORS).count() > 0;
    }
}
