package ua.cooperation.portal.translation;

import java.time.Instant;
import java.util.List;

/** One record of the translation work list: what is missing or outdated in which language. */
public record TranslationWorkItem(OwnerTexts record, String language, List<String> missingFields,
                                  List<String> outdatedFields) {

    public Instant changedAt() {
        return record.changedAt();
    }
}
