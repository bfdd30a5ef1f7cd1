package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import jakarta.validation.ConstraintViolationException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.RefusedException;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one save flow of every record page: call the service, then say what happened in the way users learned it.
 * <ul>
 *   <li>stored: the page shows the stored record and says "saved";</li>
 *   <li>someone else saved first ({@link ConcurrentEditException}): the conflict dialog offers to load theirs, to put
 *       this user's values over theirs (explicitly, on top of the version now stored) or to keep editing;</li>
 *   <li>refused ({@link RefusedException}): each reason at its field, the rest as a message; the input stays;</li>
 *   <li>invalid ({@link ConstraintViolationException}, the form and the service disagreeing): a message, the input
 *       stays;</li>
 *   <li>gone ({@link RecordNotFoundException}, deleted or out of scope meanwhile): the page's "gone" action;</li>
 *   <li>database outage: not caught here; {@link PortalErrorHandler} says so and the input stays in the form.</li>
 * </ul>
 *
 * @param <D> the record's details as the page shows them
 */
public final class EditFlow<D> {

    private final Component page;
    private final String conflictDialogId;
    private final Supplier<Optional<D>> reload;
    private final Consumer<D> show;
    private final Runnable gone;

    /**
     * @param page             the record page (for translations and notifications)
     * @param conflictDialogId the conflict dialog's id (tests find it by id)
     * @param reload           the stored record as the reader may see it now; empty when it is gone
     * @param show             shows a record on the page
     * @param gone             what to do when the record no longer exists for this reader (usually: go to its list)
     */
    public EditFlow(Component page, String conflictDialogId, Supplier<Optional<D>> reload, Consumer<D> show,
                    Runnable gone) {
        this.page = page;
        this.conflictDialogId = conflictDialogId;
        this.reload = reload;
        this.show = show;
        this.gone = gone;
    }

    /**
     * Saves a form's changes.
     *
     * @param call   the service call that stores the changes and answers the stored record
     * @param form   shows refusals at their fields
     * @param saved  runs with the stored record (close the form, show it); "saved" is said after it
     * @param rebase puts the stored record's version under the user's values when they choose to overwrite
     * @param retry  saves again (the page's own save, which reads the form again)
     * @return whether it was stored
     */
    public boolean save(Supplier<D> call, RecordForm form, Consumer<D> saved, Consumer<D> rebase, Runnable retry) {
        try {
            saved.accept(call.get());
            Notifications.saved(page);
            return true;
        } catch (ConcurrentEditException conflict) {
            ConflictDialog.open(page, conflictDialogId, this::reload,
                    () -> reload.get().ifPresentOrElse(stored -> {
                        rebase.accept(stored);
                        retry.run();
                    }, gone));
        } catch (RefusedException refused) {
            showRefusal(page, form, refused);
        } catch (ConstraintViolationException invalid) {
            Notifications.error(page, "record.invalid");
        } catch (RecordNotFoundException notFound) {
            gone.run();
        }
        return false;
    }

    /**
     * Runs an action that is not a form save (a status step, a dialog's save): the same answers, except that a
     * conflict shows the stored record with the conflict message, because the action's dialog holds little input.
     *
     * @return whether the action went through
     */
    public <R> boolean run(Supplier<R> call, RecordForm form, Consumer<R> done) {
        try {
            done.accept(call.get());
            return true;
        } catch (ConcurrentEditException conflict) {
            Notifications.error(page, "conflict.text");
            reload();
        } catch (RefusedException refused) {
            showRefusal(page, form, refused);
        } catch (ConstraintViolationException invalid) {
            Notifications.error(page, "record.invalid");
        } catch (RecordNotFoundException notFound) {
            gone.run();
        }
        return false;
    }

    /**
     * Saves a small dialog of the page (a child row, a quick update) with the answers of {@link #run}. The dialog
     * closes when the save went through, and also when what it holds is stale: someone else saved first (the flow
     * says so and shows the stored state) or the item is gone (the page shows the stored record again, or leaves when
     * the record itself is gone). A refusal or an invalid input keeps it open with what was typed.
     *
     * @return whether the save went through
     */
    public <R> boolean runInDialog(Dialog dialog, Supplier<R> call, RecordForm form, Consumer<R> done) {
        try {
            var result = call.get();
            dialog.close();
            done.accept(result);
            return true;
        } catch (ConcurrentEditException conflict) {
            dialog.close();
            Notifications.error(page, "conflict.text");
            reload();
        } catch (RefusedException refused) {
            showRefusal(page, form, refused);
        } catch (ConstraintViolationException invalid) {
            Notifications.error(page, "record.invalid");
        } catch (RecordNotFoundException gone) {
            // the dialog's item, not necessarily the page's record: the page decides after a reload
            dialog.close();
            reload();
        }
        return false;
    }

    /** Shows the stored record again, or leaves the page when it is gone. */
    public void reload() {
        reload.get().ifPresentOrElse(show, gone);
    }

    /** Each reason at its field where the form has one; the others together in one message. */
    public static void showRefusal(Component page, RecordForm form, RefusedException refused) {
        var unshown = refused.refusals().stream()
                .filter(refusal -> !form.showRefusal(refusal))
                .map(refusal -> page.getTranslation(refusal.messageKey()))
                .distinct()
                .toList();
        if (!unshown.isEmpty()) {
            Notifications.errorText(String.join(" ", unshown));
        }
    }
}
