package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The uk / en / lt / pl switch. Each language is named in itself, as users look for their own language's name.
 * Changing it reloads the page so that every text on it is drawn again in the new language.
 */
public class LanguageSelect extends Select<Locale> {

    public static final List<Locale> LANGUAGES = List.of(
            Locale.forLanguageTag("uk"), Locale.ENGLISH, Locale.forLanguageTag("lt"), Locale.forLanguageTag("pl"));

    public LanguageSelect(Consumer<Locale> rememberChoice) {
        setId("language-select");
        setItems(LANGUAGES);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setAriaLabel(getTranslation("layout.language"));
        setValue(LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(UI.getCurrent().getLocale().getLanguage()))
                .findFirst().orElse(LANGUAGES.getFirst()));
        addThemeName("small");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LocaleInitializer.chooseForSession(VaadinSession.getCurrent(), event.getValue());
                rememberChoice.accept(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
