package ua.cooperation.portal.testsupport;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.DocumentsPanels;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;

/**
 * Test-only host for the documents panel ({@link DocumentsPanels}) on a real meeting, without the rest of the
 * meeting's page:
 * {@code test-documents/<meeting id>}.
 */
@Route("test-documents")
@PermitAll
public class DocumentsPanelTestView extends VerticalLayout implements HasUrlParameter<Long> {

    public static final String PREFIX = "meeting";

    private final transient DocumentsPanels<DocumentOwnerKind> documents;
    private final transient CurrentUser currentUser;

    DocumentsPanelTestView(DocumentsPanels<DocumentOwnerKind> documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @Override
    public void setParameter(BeforeEvent event, Long meetingId) {
        removeAll();
        var user = currentUser.require();
        boolean mayEdit = user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN);
        add(documents.create(DocumentOwnerKind.MEETING, meetingId, mayEdit, PREFIX));
    }
}
