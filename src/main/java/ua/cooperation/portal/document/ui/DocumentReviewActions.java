package ua.cooperation.portal.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.document.DocumentItem;
import ua.cooperation.portal.document.DocumentRefusedException;
import ua.cooperation.portal.document.DocumentReviewStatus;
import ua.cooperation.portal.document.DocumentService;

import java.util.function.Supplier;

/**
 * The office's review of partners' documents in the documents panel (issue 21): each row's status as text (a pending
 * or rejected document says so in words, the rejection with its reason), and for staff who may edit the record Accept
 * and Reject on a pending row; Reject asks for the reason in a dialog, which stays open while the reason is refused.
 * The service decides who may review ({@link DocumentItem#mayReview()}) and checks again.
 * <p>
 * Ids: {@code idPrefix} plus {@link #ID_STATUS}, {@link #ID_ACCEPT}, {@link #ID_REJECT} and the document's id per row;
 * the dialog's {@link #ID_REJECT_DIALOG}, {@link #ID_REJECT_REASON} and {@link #ID_REJECT_CONFIRM}.
 */
final class DocumentReviewActions {

    static final String ID_STATUS = "-document-status-";
    static final String ID_ACCEPT = "-document-accept-";
    static final String ID_REJECT = "-document-reject-";
    static final String ID_REJECT_DIALOG = "-document-reject-dialog";
    static final String ID_REJECT_REASON = "-document-reject-reason";
    static final String ID_REJECT_CONFIRM = "-document-reject-confirm";
    static final int REASON_MAX_LENGTH = 500;

    private final Component panel;
    private final DocumentService documents;
    private final String idPrefix;
    private final Runnable changed;

    /** {@code changed} runs after every review, done or found stale (the list is read again). */
    DocumentReviewActions(Component panel, DocumentService documents, String idPrefix, Runnable changed) {
        this.panel = panel;
        this.documents = documents;
        this.idPrefix = idPrefix;
        this.changed = changed;
    }

    /** The row's status in words: nothing for an accepted document, a badge for a pending or a rejected one. */
    Component status(DocumentItem item) {
        if (item.review() == null || item.review() == DocumentReviewStatus.ACCEPTED) {
            return new Span();
        }
        var text = item.review() == DocumentReviewStatus.REJECTED && item.rejectionReason() != null
                ? panel.getTranslation("document.review.rejected-because", item.rejectionReason())
                : panel.getTranslation("document.review." + item.review().name());
        var badge = new Span(text);
        badge.setId(idPrefix + ID_STATUS + item.id());
        badge.addClassNames("portal-badge", LumoUtility.Whitespace.NORMAL);
        return badge;
    }

    /** Accept and Reject for a pending document the reader may review; nothing otherwise. */
    Component actions(DocumentItem item) {
        if (!item.mayReview()) {
            return new Span();
        }
        var accept = new Button(panel.getTranslation("document.accept"), e -> accept(item));
        accept.setId(idPrefix + ID_ACCEPT + item.id());
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        var reject = new Button(panel.getTranslation("document.reject"), e -> openRejectDialog(item));
        reject.setId(idPrefix + ID_REJECT + item.id());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        var both = new HorizontalLayout(accept, reject);
        both.setSpacing(true);
        both.setPadding(false);
        return both;
    }

    private void accept(DocumentItem item) {
        if (review(() -> documents.accept(item.id(), item.version()))) {
            Notifications.success(panel, "document.accepted");
        }
        changed.run();
    }

    private void openRejectDialog(DocumentItem item) {
        var dialog = new Dialog();
        dialog.setId(idPrefix + ID_REJECT_DIALOG);
        dialog.setHeaderTitle(panel.getTranslation("document.reject.title"));
        var reason = new TextArea(panel.getTranslation("document.reject.reason"));
        reason.setId(idPrefix + ID_REJECT_REASON);
        reason.setMaxLength(REASON_MAX_LENGTH);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        dialog.add(new Paragraph(panel.getTranslation("document.reject.text", item.title())), reason);

        var cancel = new Button(panel.getTranslation("document.reject.cancel"), e -> dialog.close());
        var confirm = new Button(panel.getTranslation("document.reject.confirm"), e -> reject(dialog, item, reason));
        confirm.setId(idPrefix + ID_REJECT_CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        reason.focus();
    }

    private void reject(Dialog dialog, DocumentItem item, TextArea reason) {
        reason.setInvalid(false);
        try {
            documents.reject(item.id(), item.version(), reason.getValue());
        } catch (DocumentRefusedException e) {
            if (e.reason().field().equals("reason")) {
                // the reason is the officer's to correct: the dialog stays open
                reason.setErrorMessage(panel.getTranslation("document.refused." + e.reason().name()));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            Notifications.error(panel, "document.refused." + e.reason().name());
            changed.run();
            return;
        } catch (ConcurrentEditException | RecordNotFoundException e) {
            dialog.close();
            Notifications.error(panel, "document.conflict");
            changed.run();
            return;
        }
        dialog.close();
        Notifications.success(panel, "document.rejected");
        changed.run();
    }

    /** Runs a review; a document decided, changed or deleted meanwhile is said so and the list shows it as it is. */
    private boolean review(Supplier<DocumentItem> call) {
        try {
            call.get();
            return true;
        } catch (DocumentRefusedException e) {
            Notifications.error(panel, "document.refused." + e.reason().name());
        } catch (ConcurrentEditException | RecordNotFoundException e) {
            Notifications.error(panel, "document.conflict");
        }
        return false;
    }
}
