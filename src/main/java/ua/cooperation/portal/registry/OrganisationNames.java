package ua.cooperation.portal.registry;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Organisations' names as a reader sees them (issue 19): a translation into her language (Lithuanian, Polish) when
 * there is one, else the choice of {@link RegistryNames}. The one answer for every page that names organisations: the
 * registry's own lists and pages, and the records of other features that name them (a partnership's partner, a
 * programme's participants, a meeting's organisations); one query for a page of them.
 *
 * <p>Like {@link RecordTexts} it is a component for services, not a service for views: it names organisations the
 * caller has already read as part of a record it found in the reader's scope, and reads nothing else of them. So a
 * meeting shared with a liaison names the Ukrainian ministry she meets in her language, although she may not open
 * the ministry's registry record; and no one learns an organisation's name by asking for an id.
 */
@Component
public class OrganisationNames {

    private final RecordTexts texts;

    OrganisationNames(RecordTexts texts) {
        this.texts = texts;
    }

    /**
     * The names of these organisations in {@code language}, by id. Ukrainian and English readers read the names'
     * own columns, so only Lithuanian and Polish ones cost a query (for all of them at once).
     */
    public Map<Long, String> of(Collection<Organisation> organisations, Locale language) {
        var chosen = new HashMap<Long, String>();
        organisations.forEach(o -> chosen.put(o.getId(), RegistryNames.nameIn(o, language)));
        if (chosen.isEmpty() || OrganisationTextOwner.hasOwnColumn(language)) {
            return chosen;
        }
        var result = new HashMap<Long, String>();
        texts.localize(TextOwnerKind.ORGANISATION, RegistryNames.TRANSLATED_NAME, chosen, language)
                .forEach((id, text) -> result.put(id, text.orEmpty()));
        return result;
    }

    /** One organisation's name in {@code language}. */
    String of(Organisation organisation, Locale language) {
        return of(List.of(organisation), language).get(organisation.getId());
    }
}
