package ua.cooperation.portal.registry.ui;

import java.util.function.LongFunction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.registry.LikelyDuplicate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Small pieces the registry views share. */
final class Registry {

    private Registry() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String country(String code, Locale locale) {
        return code == null ? "" : CountryNames.displayName(code, locale);
    }

    /**
     * The warning shown before saving a record whose name is close to stored ones, with links to open them (in a new
     * tab, so that the form keeps what was typed).
     */
    static Div duplicateWarning(String id, LongFunction<String> address, List<LikelyDuplicate> duplicates,
                                Locale locale, Component source) {
        var box = new Div();
        box.setId(id);
        box.addClassName("portal-duplicate-warning");
        box.add(new Paragraph(source.getTranslation("registry.duplicates.text")));
        for (var duplicate : duplicates) {
            var link = new Anchor(address.apply(duplicate.id()),
                    duplicate.name() + " · " + country(duplicate.countryCode(), locale));
            link.setTarget("_blank");
            link.setId(id + "-" + duplicate.id());
            link.addClassName(LumoUtility.Display.BLOCK);
            box.add(link);
        }
        return box;
    }

}
