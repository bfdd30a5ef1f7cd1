package ua.cooperation.portal.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's translations for files written outside a view (exports, PDF), as the mails read them. */
final class Translations {

    private final ResourceBundle bundle;
    private final Locale locale;

    Translations(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
    }

    String get(String key, Object... args) {
        var text = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    Locale locale() {
        return locale;
    }
}
