package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryListItem;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.country.CountryService;

import java.util.Locale;

/** A country by ISO code, picked by typing its name in the reader's language; loads lazily, scoped like the list. */
public class CountryPicker extends ComboBox<String> {

    public CountryPicker(CountryService countries, Locale locale) {
        setItemsPageable((pageable, filter) -> countries.findVisible(new CountryFilter(filter, null), pageable, locale)
                .stream().map(CountryListItem::code).toList());
        setItemLabelGenerator(code -> CountryNames.displayName(code, locale) + " (" + code + ")");
        setClearButtonVisible(true);
    }
}
