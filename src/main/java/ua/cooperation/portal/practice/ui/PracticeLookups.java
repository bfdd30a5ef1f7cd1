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
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.visit.VisitFilter;
import ua.cooperation.portal.visit.VisitService;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the practice form offers in its pickers, fetched through the services (which apply the reader's scope): the
 * meetings, visits and organisations the editor may see, and the documents of the chosen meeting. The form calls no
 * service.
 */
@Component
class PracticeLookups {

    private final CountryPickers countries;
    private final OrganisationService organisations;
    private final MeetingService meetings;
    private final DocumentService documents;
    private final VisitService visits;

    PracticeLookups(CountryPickers countries, OrganisationService organisations, MeetingService meetings,
                    DocumentService documents, VisitService visits) {
        this.countries = countries;
        this.organisations = organisations;
        this.meetings = meetings;
        this.documents = documents;
        this.visits = visits;
    }

    /** A visit a new practice starts from: the visit as the picker offers it, its host country, areas and groups. */
    record VisitSeed(PracticeForm.Choice visit, String countryCode, Set<CooperationArea> areas,
                     Set<TargetGroup> targetGroups) {
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

    /** The visits the editor may see whose title matches the typed text, newest first, as "dates · title". */
    List<PracticeForm.Choice> visits(String text, Pageable page, Locale language) {
        var filter = new VisitFilter(text, null, null, null, null, null, null, null);
        return visits.findVisible(filter, PageRequest.of(page.getPageNumber(), page.getPageSize()), language)
                .stream().map(v -> new PracticeForm.Choice(v.id(), visitLabel(v.startsOn(), v.endsOn(),
                        v.shownTitle().orEmpty(), language))).toList();
    }

    /** One visit the editor may see, as the picker offers it. */
    Optional<PracticeForm.Choice> visit(long id, Locale language) {
        return visitSeed(id, language).map(VisitSeed::visit);
    }

    /** One visit the editor may see, with what a practice from it starts with. */
    Optional<VisitSeed> visitSeed(long id, Locale language) {
        return visits.findVisibleById(id, language).map(v -> new VisitSeed(
                new PracticeForm.Choice(v.id(), visitLabel(v.startsOn(), v.endsOn(), v.texts().text("title"),
                        language)), v.hostCountryCode(), v.areas(), v.targetGroups()));
    }

    private static String visitLabel(LocalDate startsOn, LocalDate endsOn, String title, Locale language) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
        var period = startsOn.equals(endsOn) ? dates.format(startsOn)
                : dates.format(startsOn) + " – " + dates.format(endsOn);
        return period + " · " + (title == null ? "" : title);
    }
}
