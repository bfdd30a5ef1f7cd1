package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import ua.cooperation.portal.territory.AdminUnitOption;
import ua.cooperation.portal.territory.TerritoryService;
import ua.cooperation.portal.territory.UnitLevel;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses a Ukrainian territorial unit: typing part of its name, in Cyrillic or Latin letters, asks
 * {@link TerritoryService#searchUnits} page by page (no list is held in the session). Offers only current units of the
 * given levels, e.g. hromadas for a municipality. Items read "Name (Latin) — raion, oblast".
 */
public class AdminUnitPicker extends ComboBox<AdminUnitOption> {

    public AdminUnitPicker(TerritoryService territory, Set<UnitLevel> levels) {
        var allowed = levels.isEmpty() ? EnumSet.allOf(UnitLevel.class) : EnumSet.copyOf(levels);
        setItems(query -> territory.searchUnits(query.getFilter().orElse(""), allowed, query.getOffset(),
                query.getLimit()).stream());
        setItemLabelGenerator(AdminUnitPicker::label);
        setPlaceholder(getTranslation("unit-picker.placeholder"));
        setClearButtonVisible(true);
    }

    /** "Андріївка (Andriivka) — Бахчисарайський, Автономна Республіка Крим" */
    public static String label(AdminUnitOption unit) {
        var where = Stream.of(unit.raionName(), unit.oblastName())
                .filter(name -> name != null && !name.isBlank())
                .collect(Collectors.joining(", "));
        var label = unit.name() + " (" + unit.nameLatin() + ")";
        return where.isEmpty() ? label : label + " — " + where;
    }
}
