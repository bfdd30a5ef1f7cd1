package ua.cooperation.portal.registry;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Organisations' names as a reader sees them (issue 19): a translation into her language (Lithuanian, Polish) when
 * there is one, else the choice of {@link RegistryNames}. For the registry services, which have found the
 * organisations in the reader's scope; one query for a page of them.
 */
@Component
class OrganisationNames {

    private final RecordTexts texts;

    OrganisationNames(RecordTexts texts) {
        this.texts = texts;
    }

    /** The names of these organisations in {@code language}, by id. */
    Map<Long, String> of(Collection<Organisation> organisations, Locale language) {
        var chosen = new HashMap<Long, String>();
        organisations.forEach(o -> chosen.put(o.getId(), RegistryNames.nameIn(o, language)));
        var result = new HashMap<Long, String>();
        texts.localize(TextOwnerKind.ORGANISATION, RegistryNames.TRANSLATED_NAME, chosen, language)
                .forEach((id, text) -> result.put(id, text.orEmpty()));
        return result;
    }

    /** One organisation's name in {@code language}. */
    String of(Organisation organisation, Locale language) {
        return of(java.util.List.of(organisation), language).get(organisation.getId());
    }
}
