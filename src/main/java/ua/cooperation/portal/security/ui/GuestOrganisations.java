package ua.cooperation.portal.security.ui;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationListItem;
import ua.cooperation.portal.registry.OrganisationService;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The registry's organisations for the invitation dialog, which binds a guest to one of them (ADR 0042): a lazy,
 * searchable list read through the registry's scoped service, so that the dialog itself calls no service.
 */
@Component
class GuestOrganisations {

    private final OrganisationService organisations;

    GuestOrganisations(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** The organisation's name in the reader's language, or its id where the registry no longer has it. */
    String name(long id, Locale language) {
        return organisations.findVisibleName(id, language).orElse("#" + id);
    }

    Stream<OrganisationListItem> find(String text, int offset, int limit, Locale language) {
        List<OrganisationListItem> page = organisations.findVisible(OrganisationFilter.text(text),
                PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)), language);
        return page.stream();
    }
}
