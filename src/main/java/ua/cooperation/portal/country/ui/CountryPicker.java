package ua.cooperation.portal.country.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.Pageable;
import ua.cooperation.portal.country.CountryNames;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A country by ISO code, picked by typing its name in the reader's language; loads lazily through {@code fetch}
 * (the codes of one page of the countries whose name matches the typed text). Made by {@link CountryPickerFactory}.
 */
class CountryPicker extends ComboBox<String> {

    CountryPicker(BiFunction<Pageable, String, List<String>> fetch, Locale locale) {
        setItemsPageable(fetch::apply);
        setItemLabelGenerator(code -> CountryNames.displayName(code, locale) + " (" + code + ")");
        setClearButtonVisible(true);
    }
}
