package ua.cooperation.portal.country.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryListItem;
import ua.cooperation.portal.country.CountryService;

import java.util.Locale;

/** Makes the country pickers of other features' forms and filters, scoped like the countries list. */
@Component
class CountryPickerFactory implements CountryPickers {

    private final CountryService countries;

    CountryPickerFactory(CountryService countries) {
        this.countries = countries;
    }

    @Override
    public ComboBox<String> create(Locale locale) {
        return new CountryPicker((pageable, filter) -> countries.findVisible(new CountryFilter(filter, null), pageable,
                locale).stream().map(CountryListItem::code).toList(), locale);
    }
}
