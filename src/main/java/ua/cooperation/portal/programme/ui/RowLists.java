package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The child lists of a programme (transactions, indicators and their periods, beneficiary counts, the form's sectors
 * and organisations) are changed as whole lists: a copy with one row added or removed, and the buttons that do it.
 */
final class RowLists {

    private RowLists() {
    }

    static <T> List<T> append(List<T> list, T item) {
        var result = new ArrayList<>(list);
        result.add(item);
        return result;
    }

    static <T> List<T> without(List<T> list, int index) {
        var result = new ArrayList<>(list);
        if (index >= 0 && index < result.size()) {
            result.remove(index);
        }
        return result;
    }

    /** The position of this very row (records may be equal, so by identity first). */
    static <T> int indexOf(List<T> list, T item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return list.indexOf(item);
    }

    /** A small "add" button that opens the dialog of a new row. */
    static Button addButton(Component source, String id, String key, Runnable open) {
        var button = new Button();
        button.setId(id);
        button.setText(source.getTranslation(key));
        button.setIcon(VaadinIcon.PLUS.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> open.run());
        return button;
    }

    /** The trash button of one row. */
    static Button removeButton(Component source, String id, Runnable action) {
        var remove = new Button(VaadinIcon.TRASH.create(), e -> action.run());
        remove.setId(id);
        remove.setAriaLabel(source.getTranslation("programme.action.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return remove;
    }
}
