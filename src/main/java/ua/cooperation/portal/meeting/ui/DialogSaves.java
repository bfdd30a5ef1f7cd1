package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.dialog.Dialog;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RecordForm;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A meeting dialog's save (a decision, an action item, its progress) through its page's {@link EditFlow}. The dialog
 * closes when the save went through, and also when what it holds is stale: someone else saved first (the flow says so
 * and shows the stored state) or the item is gone (the page shows the stored state again, or leaves when the meeting
 * itself is gone). A refusal or an invalid input keeps it open with what was typed.
 */
final class DialogSaves {

    private DialogSaves() {
    }

    static <R> void save(Dialog dialog, EditFlow<?> flow, Supplier<R> call, RecordForm form, Consumer<R> done) {
        try {
            flow.run(() -> {
                try {
                    return call.get();
                } catch (ConcurrentEditException conflict) {
                    dialog.close();
                    throw conflict;
                } catch (RecordNotFoundException gone) {
                    // the dialog's item, not necessarily the page's record: the page decides after a reload
                    throw new ItemGone(gone);
                }
            }, form, result -> {
                dialog.close();
                done.accept(result);
            });
        } catch (ItemGone gone) {
            dialog.close();
            flow.reload();
        }
    }

    private static final class ItemGone extends RuntimeException {
        ItemGone(RecordNotFoundException cause) {
            super(cause);
        }
    }
}
