package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import java.util.Locale;

/**
 * Pickers of a country (its ISO code) for other features' forms and filters, provided by country.ui as a bean:
 * typing its name in the reader's language offers the countries the reader may see, loaded page by page.
 */
public interface CountryPickers {

    ComboBox<String> create(Locale locale);
}
