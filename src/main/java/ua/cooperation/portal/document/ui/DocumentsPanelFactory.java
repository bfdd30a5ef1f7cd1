package ua.cooperation.portal.document.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.ui.DocumentsPanels;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;

import java.util.Locale;

/** Makes the documents panels of meetings, partnerships and programmes (see {@link DocumentsPanels}). */
// a UI bean, not a service: the access matrices scan @Service classes for entry points
@org.springframework.stereotype.Component
class DocumentsPanelFactory implements DocumentsPanels<DocumentOwnerKind> {

    private final DocumentService documents;

    DocumentsPanelFactory(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public Component create(DocumentOwnerKind ownerKind, long ownerId, boolean mayEdit, String idPrefix,
                            Runnable onChange) {
        var panel = new DocumentsPanel(documents, ownerKind, ownerId, mayEdit, idPrefix);
        panel.setOnChange(onChange);
        return panel;
    }

    @Override
    public boolean isHistoryField(String field) {
        return DocumentsPanel.isDocumentHistoryField(field);
    }

    @Override
    public String historyFieldLabel(Component reader, String field) {
        return DocumentsPanel.historyFieldLabel(reader, field);
    }

    @Override
    public String historyValueText(Component reader, Locale locale, String field, Object value) {
        return DocumentsPanel.historyValueText(reader, locale, field, value);
    }
}
