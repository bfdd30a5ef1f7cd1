package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.text.LocalizedTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What staff read beside a record's "Translations" link: the languages still missing or possibly outdated. */
public final class TranslationStatus {

    private TranslationStatus() {
    }

    /** For example "Not translated into: Polish · Translation may be outdated: Lithuanian"; "" when all is current. */
    public static String of(Component page, LocalizedTexts texts) {
        var parts = new ArrayList<String>();
        if (!texts.missing().isEmpty()) {
            parts.add(page.getTranslation("translation.missing-languages", names(page, texts.missing())));
        }
        if (!texts.outdated().isEmpty()) {
            parts.add(page.getTranslation("translation.outdated-languages", names(page, texts.outdated())));
        }
        return String.join(" · ", parts);
    }

    private static String names(Component page, List<String> languages) {
        return languages.stream().map(code -> page.getTranslation("language." + code))
                .collect(Collectors.joining(", "));
    }
}
