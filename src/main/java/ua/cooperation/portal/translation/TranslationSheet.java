package ua.cooperation.portal.translation;

import java.util.List;

/**
 * What the translation page shows of one record in one language: the record, the languages it may be translated
 * into, and each text's original beside its translation.
 */
public record TranslationSheet(OwnerTexts record, String originalLanguage, List<String> languages,
                               List<TranslationState> texts) {
}
