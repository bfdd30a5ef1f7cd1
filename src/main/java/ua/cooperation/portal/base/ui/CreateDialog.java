package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import jakarta.validation.ConstraintViolationException;
import ua.cooperation.portal.base.RefusedException;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The "new record" dialog of every list: a form, Cancel and Save. Save stores through the service and opens the
 * new record; a refusal shows at its field and keeps the dialog open with everything typed; Escape or Cancel closes
 * without storing. The dialog's id is {@code <prefix>-create-dialog}, its button's {@code <prefix>-create}.
 *
 * @param <F> the form
 * @param <C> what the form writes (the service's input)
 * @param <R> what the service answers
 */
public final class CreateDialog<F extends Component & RecordForm, C, R> {

    private final Dialog dialog;
    private final F form;
    private final Function<F, Optional<C>> write;
    private final Function<C, R> create;
    private final Consumer<R> created;

    private CreateDialog(Component list, String idPrefix, String titleKey, F form, Function<F, Optional<C>> write,
                         Function<C, R> create, Consumer<R> created) {
        this.form = form;
        this.write = write;
        this.create = create;
        this.created = created;
        dialog = new Dialog(list.getTranslation(titleKey));
        dialog.setId(idPrefix + "-create-dialog");
        dialog.setWidth("min(56em, 95vw)");
        var save = new Button(list.getTranslation("action.save"), e -> save(list));
        save.setId(idPrefix + "-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(list.getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId(idPrefix + "-create-cancel");
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
    }

    /**
     * Opens the dialog.
     *
     * @param list     the list view that opens it (translations, messages)
     * @param idPrefix the feature's id prefix ({@code partnership} gives {@code partnership-create-dialog})
     * @param titleKey the dialog's title
     * @param form     the empty form
     * @param write    the form's values when they are valid (messages at the fields otherwise)
     * @param create   the service call
     * @param created  what follows a stored record (usually: open it)
     */
    public static <F extends Component & RecordForm, C, R> CreateDialog<F, C, R> open(
            Component list, String idPrefix, String titleKey, F form, Function<F, Optional<C>> write,
            Function<C, R> create, Consumer<R> created) {
        var dialog = new CreateDialog<>(list, idPrefix, titleKey, form, write, create, created);
        dialog.dialog.open();
        return dialog;
    }

    private void save(Component list) {
        write.apply(form).ifPresent(changes -> {
            try {
                var record = create.apply(changes);
                dialog.close();
                created.accept(record);
            } catch (RefusedException refused) {
                EditFlow.showRefusal(list, form, refused);
            } catch (ConstraintViolationException invalid) {
                Notifications.error(list, "record.invalid");
            }
        });
    }

    public Dialog dialog() {
        return dialog;
    }

    public F form() {
        return form;
    }
}
