package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The "History" tab of an organisation or a person: loaded when opened (and again after each save while open),
 * with field names and values in the reader's language.
 */
class HistoryTab extends Div {

    private final Supplier<List<HistoryEntry>> loader;
    private final OrganisationService organisations;
    private final Locale locale;
    private Tab tab;

    HistoryTab(String id, Supplier<List<HistoryEntry>> loader, OrganisationService organisations, Locale locale) {
        this.loader = loader;
        this.organisations = organisations;
        this.locale = locale;
        setId(id);
    }

    /** Adds this as the last tab of {@code tabs}. */
    void addTo(TabSheet tabs, String tabId) {
        tab = tabs.add(getTranslation("history.tab"), this);
        tab.setId(tabId);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab) {
                refresh();
            }
        });
    }

    /** Re-reads the history when the tab is showing. */
    void refreshIfShowing(TabSheet tabs) {
        if (tabs.getSelectedTab() == tab) {
            refresh();
        }
    }

    private void refresh() {
        removeAll();
        add(new HistoryList(loader.get(), this::label, this::text));
    }

    private String label(String field) {
        return getTranslation(switch (field) {
            case "type" -> "organisation.field.type";
            case "nameOriginal" -> "organisation.field.name-original";
            case "nameUk" -> "organisation.field.name-uk";
            case "nameEn" -> "organisation.field.name-en";
            case "parent" -> "organisation.field.parent";
            case "address" -> "organisation.field.address";
            case "website" -> "organisation.field.website";
            case "countryCode" -> "country.field.name";
            case "email" -> "registry.field.email";
            case "phone" -> "registry.field.phone";
            case "notes" -> "registry.field.notes";
            case "givenName" -> "person.field.given-name";
            case "familyName" -> "person.field.family-name";
            case "givenNameLatin" -> "person.field.given-name-latin";
            case "familyNameLatin" -> "person.field.family-name-latin";
            case "title" -> "position.field.title";
            case "fromDate" -> "position.field.from";
            case "toDate" -> "position.field.to";
            default -> field;
        });
    }

    private String text(String field, Object value) {
        return switch (value) {
            case OrganisationType type -> getTranslation("organisation-type." + type.name());
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
            case String code when field.equals("countryCode") -> CountryNames.displayName(code, locale);
            case Long id when field.equals("parent") -> organisations.findVisibleName(id, locale).orElse("#" + id);
            default -> value.toString();
        };
    }
}
