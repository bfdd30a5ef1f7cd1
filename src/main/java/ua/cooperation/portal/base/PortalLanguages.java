package ua.cooperation.portal.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The languages the portal speaks, interface and content alike, from the setting {@code portal.languages}
 * (Ukrainian first: it is the default and the office's own). Adding a language is this setting plus a translations
 * file for the interface (ADR 0040); content translations need no schema change.
 */
@Component
public class PortalLanguages {

    /** The office's language: what a record is written in unless it says otherwise. */
    public static final String OFFICE_LANGUAGE = "uk";

    private final List<String> codes;

    public PortalLanguages(@Value("${portal.languages:uk,en,lt,pl}") String codes) {
        this.codes = Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (this.codes.isEmpty() || !this.codes.getFirst().equals(OFFICE_LANGUAGE)) {
            throw new IllegalStateException("portal.languages must start with " + OFFICE_LANGUAGE + ": " + codes);
        }
    }

    /** Language codes in the order the language switch offers them. */
    public List<String> codes() {
        return codes;
    }

    public List<Locale> locales() {
        return codes.stream().map(Locale::forLanguageTag).toList();
    }

    public boolean supports(String code) {
        return code != null && codes.contains(code);
    }

    /** {@code locale}'s language if the portal speaks it, else the office's. */
    public String of(Locale locale) {
        var language = locale == null ? null : locale.getLanguage();
        return supports(language) ? language : OFFICE_LANGUAGE;
    }
}
