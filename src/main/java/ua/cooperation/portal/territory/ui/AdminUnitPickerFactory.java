package ua.cooperation.portal.territory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.ui.AdminUnitPickers;
import ua.cooperation.portal.territory.AdminUnitOption;
import ua.cooperation.portal.territory.TerritoryService;
import ua.cooperation.portal.territory.UnitLevel;

import java.util.EnumSet;
import java.util.Set;

/** Makes the territorial unit pickers of partnership and municipality forms and lists ({@link AdminUnitPickers}). */
@Component
class AdminUnitPickerFactory implements AdminUnitPickers<AdminUnitOption, UnitLevel> {

    private final TerritoryService territory;

    AdminUnitPickerFactory(TerritoryService territory) {
        this.territory = territory;
    }

    @Override
    public ComboBox<AdminUnitOption> create(Set<UnitLevel> levels) {
        var allowed = levels.isEmpty() ? EnumSet.allOf(UnitLevel.class) : EnumSet.copyOf(levels);
        return new AdminUnitPicker((filter, offset, limit) -> territory.searchUnits(filter, allowed, offset, limit));
    }
}
