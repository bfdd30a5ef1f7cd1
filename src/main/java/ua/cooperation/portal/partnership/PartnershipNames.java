package ua.cooperation.portal.partnership;

import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.RegistryNames;

import java.util.Locale;

/** How a partnership and its sides are named in a language, the same on lists, details and links. */
final class PartnershipNames {

    private PartnershipNames() {
    }

    static String of(Municipality m, Locale language) {
        return RegistryNames.nameIn(m.getNameOriginal(), m.getNameUk(), m.getNameEn(), language);
    }

    static String of(Organisation o, Locale language) {
        return RegistryNames.nameIn(o.getNameOriginal(), o.getNameUk(), o.getNameEn(), language);
    }

    /** The partner side: a foreign municipality or an organisation. */
    static String partner(Partnership p, Locale language) {
        return p.getPartnerMunicipality() != null ? of(p.getPartnerMunicipality(), language)
                : of(p.getPartnerOrganisation(), language);
    }

    /** "hromada — partner". */
    static String of(Partnership p, Locale language) {
        return of(p.getUkrainianMunicipality(), language) + " — " + partner(p, language);
    }
}
