package ua.cooperation.portal.security.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import ua.cooperation.portal.base.ui.MainLayout;
import ua.cooperation.portal.base.ui.NotFoundPage;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.PortalUser;

/** A signed-in user opened a view their roles do not allow: audited, and answered as "not found". */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends NotFoundPage implements HasErrorParameter<AccessDeniedException> {

    private final transient SecurityAuditLog auditLog;
    private final transient CurrentUser currentUser;

    AccessDeniedView(SecurityAuditLog auditLog, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        auditLog.record(SecurityEventType.ACCESS_DENIED, currentUser.get().map(PortalUser::username).orElse(null),
                "view /" + event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
