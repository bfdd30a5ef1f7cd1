package ua.cooperation.portal.territory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import ua.cooperation.portal.territory.AdminUnitOption;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses a Ukrainian territorial unit: typing part of its name, in Cyrillic or Latin letters, asks {@code search}
 * page by page (no list is held in the session). Items read "Name (Latin) — raion, oblast". Made by
 * {@link AdminUnitPickerFactory}, which searches only current units of the levels asked for.
 */
public class AdminUnitPicker extends ComboBox<AdminUnitOption> {

    /** One page of the units whose name matches {@code filter}. */
    @FunctionalInterface
    interface Search {
        List<AdminUnitOption> find(String filter, int offset, int limit);
    }

    AdminUnitPicker(Search search) {
        setItems(query -> search.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        setItemLabelGenerator(AdminUnitPicker::label);
        setPlaceholder(getTranslation("unit-picker.placeholder"));
        setClearButtonVisible(true);
    }

    /** "Андріївка (Andriivka) — Бахчисарайський, Автономна Республіка Крим" */
    static String label(AdminUnitOption unit) {
        var where = Stream.of(unit.raionName(), unit.oblastName())
                .filter(name -> name != null && !name.isBlank())
                .collect(Collectors.joining(", "));
        var label = unit.name() + " (" + unit.nameLatin() + ")";
        return where.isEmpty() ? label : label + " — " + where;
    }
}
