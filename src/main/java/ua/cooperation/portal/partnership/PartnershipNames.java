package ua.cooperation.portal.partnership;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.OrganisationNames;
import ua.cooperation.portal.registry.RegistryNames;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How a partnership and its sides are named in a language, the same on lists, details, links and exports. A partner
 * organisation is named as the registry names it for the reader ({@link OrganisationNames}: a Lithuanian or Polish
 * reader reads its translation into her language), with one query for a page of partnerships. The lists still sort
 * by the stored keys of the names' own columns ({@link PartnershipSortKeys}): a translation is shown, not sorted by.
 */
@Component
class PartnershipNames {

    private final OrganisationNames organisations;

    PartnershipNames(OrganisationNames organisations) {
        this.organisations = organisations;
    }

    /** The names of these partnerships' sides in {@code language}, read for them all at once. */
    Sides of(Collection<Partnership> partnerships, Locale language) {
        var partners = partnerships.stream()
                .flatMap(p -> Stream.of(p.getPartnerOrganisation(), p.getUkrainianOrganisation()))
                .filter(Objects::nonNull).distinct().toList();
        return new Sides(organisations.of(partners, language), language);
    }

    /** "hromada — partner" (or "Ukrainian institution — partner") of one partnership. */
    String of(Partnership partnership, Locale language) {
        return of(List.of(partnership), language).name(partnership);
    }

    static String of(Municipality m, Locale language) {
        return RegistryNames.nameIn(m.getNameOriginal(), m.getNameUk(), m.getNameEn(), language);
    }

    /** The sides' names of the partnerships read together, the partner organisations' by id. */
    record Sides(Map<Long, String> organisations, Locale language) {

        /** The Ukrainian side: a hromada, or the Ukrainian institution of an institutional partnership. */
        String ukrainian(Partnership p) {
            return p.getUkrainianMunicipality() != null ? PartnershipNames.of(p.getUkrainianMunicipality(), language)
                    : organisations.get(p.getUkrainianOrganisation().getId());
        }

        /** The partner side: a foreign municipality or an organisation. */
        String partner(Partnership p) {
            return p.getPartnerMunicipality() != null ? PartnershipNames.of(p.getPartnerMunicipality(), language)
                    : p.getPartnerOrganisation() != null ? organisation(p) : "";
        }

        String organisation(Partnership p) {
            return organisations.get(p.getPartnerOrganisation().getId());
        }

        /** "hromada — partner", or "Ukrainian institution — partner organisation". */
        String name(Partnership p) {
            return ukrainian(p) + " — " + partner(p);
        }
    }
}
