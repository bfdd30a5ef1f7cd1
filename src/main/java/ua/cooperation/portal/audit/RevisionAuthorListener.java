package ua.cooperation.portal.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user (or "system" for migrations and scheduled work). */
public class RevisionAuthorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        ((RevisionInfo) revisionEntity).setUsername(
                authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName());
    }
}
