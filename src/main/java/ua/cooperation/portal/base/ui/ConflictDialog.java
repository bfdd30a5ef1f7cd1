package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The choice every form offers when someone else saved the record first: take theirs, put mine over theirs
 * (explicitly, on top of the version now stored), or keep editing. Never a silent overwrite.
 */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    /** Opens the dialog with id {@code id}; {@code loadTheirs} and {@code overwrite} run on the user's choice. */
    public static ConfirmDialog open(Component source, String id, Runnable loadTheirs, Runnable overwrite) {
        var dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(source.getTranslation("conflict.title"));
        dialog.setText(source.getTranslation("conflict.text"));
        dialog.setConfirmText(source.getTranslation("conflict.load-theirs"));
        dialog.addConfirmListener(e -> loadTheirs.run());
        dialog.setRejectable(true);
        dialog.setRejectText(source.getTranslation("conflict.overwrite"));
        dialog.addRejectListener(e -> overwrite.run());
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("conflict.keep-editing"));
        dialog.open();
        return dialog;
    }
}
