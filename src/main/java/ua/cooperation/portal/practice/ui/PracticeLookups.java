package ua.cooperation.portal.practice.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationService;

import java.util.List;
import java.util.Locale;

/**
 * What the practice form offers in its pickers, fetched through the services (which apply the reader's scope): the
 * meetings and organisations the editor may see, and the documents of the chosen meeting. The form calls no service.
 */
@Component
class PracticeLookups {

    private final CountryPickers countries;
    private final OrganisationService organisations;
    private final MeetingService meetings;
    private final DocumentService documents;

    PracticeLookups(CountryPickers countries, OrganisationService organisations, MeetingService meetings,
                    DocumentService documents) {
        this.countries = countries;
        this.organisations = organisations;
        this.meetings = meetings;
        this.documents = documents;
    }

    ComboBox<String> countryPicker(Locale locale) {
        return countries.create(locale);
    }

    /** Organisations of the registry matching the typed text, a page at a time. */
    List<PracticeForm.Choice> organisations(String text, Pageable page, Locale language) {
        return organisations.findVisible(OrganisationFilter.text(text), page, language).stream()
                .map(o -> new PracticeForm.Choice(o.id(), o.name() + " · " + o.countryCode())).toList();
    }

    /** The meetings the editor may see whose title matches the typed text, newest first. */
    List<PracticeForm.Choice> meetings(String text, Pageable page, Locale language) {
        var filter = new MeetingFilter(text, null, null, null, null, null, null);
        return meetings.findVisible(filter, PageRequest.of(page.getPageNumber(), page.getPageSize()), language)
                .stream().map(m -> new PracticeForm.Choice(m.id(), m.shownTitle() == null ? m.title()
                        : m.shownTitle().orEmpty())).toList();
    }

    /** One meeting the editor may see, as the picker offers it. */
    java.util.Optional<PracticeForm.Choice> meeting(long id, Locale language) {
        return meetings.findVisibleById(id, language).map(m -> new PracticeForm.Choice(m.id(),
                m.texts().text("title") == null ? m.title() : m.texts().text("title")));
    }

    /** The documents of one meeting the editor may see. */
    List<PracticeForm.Choice> documentsOf(long meetingId, Locale language) {
        return documents.findFor(DocumentOwnerKind.MEETING, meetingId, language).stream()
                .map(d -> new PracticeForm.Choice(d.id(), d.shownTitle() == null ? d.title()
                        : d.shownTitle().orEmpty())).toList();
    }
}
