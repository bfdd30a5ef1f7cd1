package ua.cooperation.portal.programme;

import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;

import java.util.List;

/**
 * Translations of test programmes, written as an officer writes them on the translation page (ADR 0040). A
 * submission needs the English text, so tests that submit a programme translate it first.
 */
public final class TestProgrammeTexts {

    private TestProgrammeTexts() {
    }

    /** Stores new translations of a programme's title and summary into {@code language}; call as an officer. */
    public static void translate(ContentTranslations translations, long id, String language, String title,
                                 String summary) {
        translations.save(TextOwnerKind.PROGRAMME, id, language, List.of(
                new TranslationChange("title", title, false, null),
                new TranslationChange("summary", summary, false, null)));
    }

    /** Stores a new translation of the title of the programme's indicator with {@code key}; call as an officer. */
    public static void translateIndicator(ContentTranslations translations, long id, int key, String language,
                                          String title) {
        translations.save(TextOwnerKind.PROGRAMME, id, language, List.of(
                new TranslationChange(ProgrammeChanges.Indicator.textFieldOf(key), title, false, null)));
    }

    /** The English title and summary a submission needs. */
    public static void inEnglish(ContentTranslations translations, long id) {
        translate(translations, id, "en", "Camp for children", "Recreation of children");
    }
}
