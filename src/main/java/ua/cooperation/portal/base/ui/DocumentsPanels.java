package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Locale;

/**
 * The documents of a record on that record's page, provided by document.ui as a bean, so that meetings, partnerships
 * and programmes show one panel without reaching into another feature's ui. {@code K} is the kind of owner the
 * document feature knows ({@code document.DocumentOwnerKind}); inject {@code DocumentsPanels<DocumentOwnerKind>}.
 */
public interface DocumentsPanels<K> {

    /**
     * A panel listing the owner's documents for download; with {@code mayEdit} also uploading and deleting, after
     * which {@code onChange} runs (e.g. to refresh what depends on the documents). Ids start with {@code idPrefix}.
     */
    Component create(K ownerKind, long ownerId, boolean mayEdit, String idPrefix, Runnable onChange);

    /** {@link #create(Object, long, boolean, String, Runnable)} with nothing to run after a change. */
    default Component create(K ownerKind, long ownerId, boolean mayEdit, String idPrefix) {
        return create(ownerKind, ownerId, mayEdit, idPrefix, () -> { });
    }

    /**
     * Whether a field of the owner's merged history is a document's; the owner's {@link HistoryList} then takes its
     * label and value text from {@link #historyFieldLabel} and {@link #historyValueText}.
     */
    boolean isHistoryField(String field);

    /** The label of a document field in a history, in the reader's language. */
    String historyFieldLabel(Component reader, String field);

    /** The value of a document field in a history, in the reader's language ({@code locale}). */
    String historyValueText(Component reader, Locale locale, String field, Object value);
}
