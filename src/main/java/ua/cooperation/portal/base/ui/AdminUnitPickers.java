package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import java.util.Set;

/**
 * Pickers of Ukrainian territorial units for other features' forms and filters, provided by territory.ui as a bean
 * ({@code AdminUnitPickers<AdminUnitOption, UnitLevel>}): typing part of a name in Cyrillic or Latin letters offers
 * the current units of the given levels, loaded page by page.
 *
 * @param <U> the unit the picker holds ({@code territory.AdminUnitOption})
 * @param <L> the levels to offer ({@code territory.UnitLevel}); none means every level
 */
public interface AdminUnitPickers<U, L> {

    ComboBox<U> create(Set<L> levels);
}
