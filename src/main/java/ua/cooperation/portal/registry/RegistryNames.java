package ua.cooperation.portal.registry;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;

import java.util.Locale;

/**
 * Which of an organisation's names a reader sees: their own language first, then the original, then the other one;
 * readers of other languages get the original only when it is in Latin script (else the English form).
 * Lists sort by the same choice, computed in the database.
 */
public final class RegistryNames {

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

    /** The name a reader of {@code language} sees, as a database expression (for sorting). */
    public static Expression<String> nameExpression(From<?, ?> organisation, CriteriaBuilder cb, Locale language) {
        Expression<String> original = organisation.get("nameOriginal");
        Expression<String> uk = organisation.get("nameUk");
        Expression<String> en = organisation.get("nameEn");
        return switch (language.getLanguage()) {
            case "uk" -> cb.coalesce(uk, cb.coalesce(original, en));
            case "en" -> cb.coalesce(en, cb.coalesce(original, uk));
            default -> cb.coalesce(original, cb.coalesce(en, uk));
        };
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
