package ua.cooperation.portal.programme;

import java.util.Locale;

/** Picks a programme's text in the reader's language with a fallback, so that a missing translation is not a gap. */
public final class ProgrammeTexts {

    private ProgrammeTexts() {
    }

    public static String pick(Locale language, String uk, String en, String lt, String fallback) {
        var preferred = switch (language.getLanguage()) {
            case "en" -> en;
            case "lt" -> lt != null ? lt : en;
            default -> uk;
        };
        for (var text : new String[] {preferred, uk, en, lt}) {
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return fallback;
    }
}
