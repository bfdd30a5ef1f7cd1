package ua.cooperation.portal.registry;

import java.util.Locale;

/**
 * Which of an organisation's names a reader sees: their own language first, then the original, then the other one;
 * readers of other languages get the original only when it is in Latin script (else the English form).
 * Lists sort by nearly the same choice, without the script test: the first filled of the reader's language, the
 * original, the other one (for Lithuanian and other readers: original, English, Ukrainian), stored per language as
 * sort keys (ADR 0025): generated columns
 * {@code organisation.sort_name_*} (Liquibase 0090) and the partnerships' {@code sort_*} columns
 * ({@code PartnershipSortKeys}).
 */
public final class RegistryNames {

    /**
     * The field of {@code TextOwnerKind.ORGANISATION} holding an organisation's Lithuanian and Polish names, which win
     * over this choice for readers of those languages (ADR 0040); other features showing organisation names localize
     * it with {@code RecordTexts}.
     */
    public static final String TRANSLATED_NAME = "name";

    private RegistryNames() {
    }

    static String nameIn(Organisation o, Locale language) {
        return nameIn(o.getNameOriginal(), o.getNameUk(), o.getNameEn(), language);
    }

    public static String nameIn(String original, String uk, String en, Locale language) {
        return switch (language.getLanguage()) {
            case "uk" -> first(uk, original, en);
            case "en" -> first(en, original, uk);
            // a Lithuanian reader gets Druskininkų savivaldybė, but Sievierodonetska rather than Cyrillic
            default -> first(inLatinScript(original) ? original : null, en, original, uk);
        };
    }

    private static boolean inLatinScript(String name) {
        return name != null && name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.CYRILLIC);
    }

    private static String first(String... values) {
        for (var value : values) {
            if (!Texts.isBlank(value)) {
                return value;
            }
        }
        return "";
    }
}
