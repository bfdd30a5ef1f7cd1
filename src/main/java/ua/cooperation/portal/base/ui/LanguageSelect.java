package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import ua.cooperation.portal.base.PortalLanguages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The language switch (the languages of {@code portal.languages}). Each language is named in itself, as users look for their own language's name.
 * Changing it reloads the page so that every text on it is drawn again in the new language.
 */
public class LanguageSelect extends Select<Locale> {

    private static final String SESSION_LOCALE_CHOSEN = LanguageSelect.class.getName() + ".chosen";

    /** @param languages the portal's languages ({@link PortalLanguages#locales()}), in the order offered */
    public LanguageSelect(List<Locale> languages, Consumer<Locale> rememberChoice) {
        setId("language-select");
        setItems(languages);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setAriaLabel(getTranslation("layout.language"));
        setValue(languages.stream()
                .filter(l -> l.getLanguage().equals(UI.getCurrent().getLocale().getLanguage()))
                .findFirst().orElse(languages.getFirst()));
        addThemeName("small");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                chooseForSession(VaadinSession.getCurrent(), event.getValue());
                rememberChoice.accept(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** The language chosen in this session, by this switch or restored from the account at sign-in. */
    public static Optional<Locale> chosenForSession(VaadinSession session) {
        return session.getAttribute(SESSION_LOCALE_CHOSEN) instanceof Locale chosen
                ? Optional.of(chosen) : Optional.empty();
    }

    /** Keeps {@code locale} as the session's language for the UIs opened later in it. */
    public static void rememberForSession(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_LOCALE_CHOSEN, locale);
    }

    /** Remembers the language chosen in the switch for the rest of the session. */
    private static void chooseForSession(VaadinSession session, Locale locale) {
        rememberForSession(session, locale);
        session.setLocale(locale);
    }
}
