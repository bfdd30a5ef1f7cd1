package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import jakarta.validation.ConstraintViolationException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.RefusedException;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The "new record" dialog of every list: a form, Cancel and Save. Save stores through the service and opens the
 * new record; a refusal shows at its field and keeps the dialog open with everything typed; Escape or Cancel closes
 * without storing. The dialog's id is {@code <prefix>-create-dialog}, its button's {@code <prefix>-create}. A list may
 * ask to be warned first ({@link #warnFirst}): likely duplicates are shown, and only "save anyway" stores then.
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
    private final Button save;
    private final Button saveAnyway = new Button();
    private final Div warning = new Div();
    private Function<C, Optional<Component>> check = changes -> Optional.empty();

    private CreateDialog(Component list, String idPrefix, String titleKey, F form, Function<F, Optional<C>> write,
                         Function<C, R> create, Consumer<R> created) {
        this.form = form;
        this.write = write;
        this.create = create;
        this.created = created;
        dialog = new Dialog(list.getTranslation(titleKey));
        dialog.setId(idPrefix + "-create-dialog");
        dialog.setWidth("min(56em, 95vw)");
        save = new Button(list.getTranslation("action.save"), e -> save(list, false));
        save.setId(idPrefix + "-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(list.getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId(idPrefix + "-create-cancel");
        saveAnyway.setId(idPrefix + "-create-anyway");
        saveAnyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        saveAnyway.addClickListener(e -> save(list, true));
        saveAnyway.setVisible(false);
        dialog.add(warning, form);
        dialog.getFooter().add(cancel, saveAnyway, save);
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

    /**
     * Warns before storing: when {@code check} finds something to say about the entered values (stored records with a
     * close name), it shows above the form and nothing is stored; the button {@code <save id>-anyway}, labelled
     * {@code saveAnywayKey}, then stores on purpose.
     */
    public CreateDialog<F, C, R> warnFirst(Function<C, Optional<Component>> check, String saveAnywayKey) {
        this.check = check;
        saveAnyway.setText(dialog.getTranslation(saveAnywayKey));
        return this;
    }

    /** Names the Save button {@code id} in place of {@code <prefix>-create}, for a list whose tests know older ids. */
    public CreateDialog<F, C, R> saveId(String id) {
        save.setId(id);
        saveAnyway.setId(id + "-anyway");
        return this;
    }

    private void save(Component list, boolean despiteWarning) {
        write.apply(form).ifPresent(changes -> {
            if (!despiteWarning) {
                var found = check.apply(changes);
                if (found.isPresent()) {
                    warning.removeAll();
                    warning.add(found.get());
                    saveAnyway.setVisible(true);
                    return;
                }
            }
            try {
                var record = create.apply(changes);
                dialog.close();
                created.accept(record);
            } catch (RefusedException refused) {
                EditFlow.showRefusal(list, form, refused);
            } catch (ConstraintViolationException | RecordNotFoundException invalid) {
                // invalid, or a record it names (a country, a parent) went out of reach meanwhile
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
