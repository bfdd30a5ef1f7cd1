package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.security.UserDirectory;

import java.util.Locale;

/** Lazy pickers of registry records, portal users, partnerships and programmes, each loading only what the user types for. */
final class Pickers {

    private Pickers() {
    }

    static void organisations(ComboBoxBase<?, Choice, ?> field, OrganisationService organisations, Locale locale) {
        field.setItemsPageable((pageable, filter) -> organisations.findVisible(OrganisationFilter.text(filter),
                pageable, locale).stream().map(o -> new Choice(o.id(), o.name() + " · " + o.countryCode())).toList());
        field.setItemLabelGenerator(Choice::name);
    }

    static void people(ComboBoxBase<?, Choice, ?> field, PersonService people) {
        field.setItemsPageable((pageable, filter) -> people.findVisible(new PersonFilter(filter, null), pageable)
                .stream().map(p -> new Choice(p.id(), p.fullName() + " · " + p.countryCode())).toList());
        field.setItemLabelGenerator(Choice::name);
    }

    static void users(ComboBoxBase<?, Choice, ?> field, UserDirectory users) {
        field.setItemsPageable((pageable, filter) -> users.findActive(filter, pageable.getPageNumber(),
                pageable.getPageSize()).stream().map(u -> new Choice(u.id(), u.displayName())).toList());
        field.setItemLabelGenerator(Choice::name);
    }

    static void partnerships(ComboBoxBase<?, Choice, ?> field, PartnershipService partnerships, Locale locale) {
        field.setItemsPageable((pageable, filter) -> partnerships.findVisible(new PartnershipFilter(filter, null, null,
                null, null, null, false), pageable, locale).stream().map(p -> new Choice(p.id(), p.name())).toList());
        field.setItemLabelGenerator(Choice::name);
    }

    /** Programmes by identifier or title in any language, titled in the reader's language. */
    static void programmes(ComboBoxBase<?, Choice, ?> field, ProgrammeService programmes, Locale locale) {
        field.setItemsPageable((pageable, filter) -> programmes.findVisible(new ProgrammeFilter(filter, null, null,
                null, null, null), pageable, locale).stream()
                .map(p -> new Choice(p.id(), p.title() + " · " + p.identifier())).toList());
        field.setItemLabelGenerator(Choice::name);
    }
}
