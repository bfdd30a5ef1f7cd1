package ua.cooperation.portal.security.access;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.country.CountryChanges;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.export.CountryBriefing;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemFilter;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.MeetingCalendarService;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.practice.PracticeChanges;
import ua.cooperation.portal.practice.PracticeDirection;
import ua.cooperation.portal.practice.PracticeService;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeApprovalService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.SupportArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.programme.TransactionType;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;
import ua.cooperation.portal.registry.PersonChanges;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.search.SearchService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.RenderedPage;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.testsupport.TestFiles;
import ua.cooperation.portal.programme.TestProgrammeTexts;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.visit.VisitChanges;
import ua.cooperation.portal.visit.VisitDirection;
import ua.cooperation.portal.visit.VisitService;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field-level access matrix (issue 17, ADR 0038): a Lithuanian record of every kind a liaison may open is shared
 * with her, and carries in each internal field a marker word — internal notes, a person's personal contact details,
 * a status-change note and an approval comment not marked for partners, a title the meeting had before it was shared,
 * and the names of the staff who wrote it all. Signed in as {@code liaison-lt}, none of those markers may reach her:
 * not on any record page (every tab opened, every grid row formatted), not in her action item lists, exports, the
 * country briefing PDF, the meeting's {@code .ics}, her calendar feed, nor the search (neither as a hit found by the
 * marker nor in a hit's text). The same pages show the markers to an officer, so the collector is known to see them,
 * and the liaison does see what was marked for partners.
 */
class FieldVisibilityMatrixTest extends KaribuTest {

    private static final java.util.Locale UK_READER = java.util.Locale.forLanguageTag("uk");

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    /** A hromada of the Luhansk oblast in the codifier (Sievierodonetsk). */
    private static final String HROMADA = "UA44120110000010163";
    private static final long LIAISON_LT = 4;
    private static final long OFFICER = 2;
    private static final long HEAD = 3;

    /** Internal field → its marker; none may reach a liaison. */
    private static final Map<String, String> INTERNAL = new LinkedHashMap<>();
    private static final String COUNTRY_NOTE = internal("country notes", "Zqcountrynote");
    private static final String ORGANISATION_NOTE = internal("organisation notes", "Zqorgnote");
    private static final String PERSON_NOTE = internal("person notes", "Zqpersonnote");
    private static final String PERSON_EMAIL = internal("person e-mail", "zqpersonal.mail@example.org");
    private static final String PERSON_PHONE = internal("person phone", "+370 611 98765");
    private static final String PARTNERSHIP_NOTE = internal("partnership notes", "Zqpartnershipnote");
    private static final String STATUS_NOTE = internal("status note for the office", "Zqstatusinternal");
    private static final String APPROVAL_COMMENT = internal("approval comment for the office", "Zqapprovalinternal");
    private static final String MEETING_NOTE = internal("meeting internal notes", "Zqmeetingnote");
    private static final String PRESHARE_TITLE = internal("meeting title before sharing", "Zqpresharetitle");
    private static final String OFFICER_NAME = internal("officer's name", "Коваленко");
    private static final String HEAD_NAME = internal("head's name", "Бондар");
    private static final String PRACTICE_NOTE = internal("practice notes", "Zqpracticenote");
    /** The source visit of a shared practice, itself not shared: the practice's page must not name it. */
    private static final String INTERNAL_VISIT_TITLE = internal("title of a source visit not shared", "Zqinternalvisit");

    /** The staff's user names, as history and documents store them: whole words only. */
    private static final Pattern STAFF_USERNAMES = Pattern.compile("(?<![\\p{L}\\p{N}_-])(officer|head|admin)"
            + "(?![\\p{L}\\p{N}_-])");

    /** What was written for partners: the liaison reads it. */
    private static final String STATUS_NOTE_SHARED = "Zqstatusshared";
    private static final String APPROVAL_COMMENT_SHARED = "Zqapprovalshared";
    private static final String ORGANISATION_EMAIL = "info@zqsavivaldybe.lt";
    private static final String MEETING_TITLE = "Zqsharedmeeting";
    private static final String OFFICE_LT = "Regioninis tarptautinio bendradarbiavimo biuras";

    private static Fixtures fixtures;

    @Autowired
    CountryService countries;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PersonService people;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeApprovalService approvals;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisionService;
    @Autowired
    ActionItemService actionItemService;

    @Autowired
    MeetingCalendarService calendarService;
    @Autowired
    DocumentService documents;
    @Autowired
    CountryBriefing briefing;
    @Autowired
    SearchService search;
    @Autowired
    ContentTranslations translations;
    @Autowired
    VisitService visits;
    @Autowired
    PracticeService practices;

    private record Fixtures(long organisation, long person, long partnership, long programme, long meeting,
                            long practice) {
    }

    private static String internal(String field, String marker) {
        INTERNAL.put(field, marker);
        return marker;
    }

    @BeforeEach
    void recordsWithInternalFields() {
        synchronized (FieldVisibilityMatrixTest.class) {
            if (fixtures == null) {
                try (var ignored = SignedIn.as("officer")) {
                    fixtures = create();
                }
                try (var ignored = SignedIn.as("head")) {
                    var programme = programmes.findVisibleById(fixtures.programme(), UK).orElseThrow();
                    approvals.returnToOfficers(programme.id(), programme.version(),
                            Remark.forPartners(APPROVAL_COMMENT_SHARED), UK);
                }
            }
        }
    }

    private Fixtures create() {
        var lithuania = countries.findVisibleByCode("LT", UK).orElseThrow();
        countries.update(CountryChanges.of(lithuania).withNotes(COUNTRY_NOTE), UK);

        var organisation = organisations.create(new OrganisationChanges(null, 0, OrganisationType.MUNICIPALITY,
                "Zq savivaldybė", "Зк самоврядування", "Zq municipality", "LT", null, ORGANISATION_EMAIL,
                "+370 5 000 0000", "Gedimino pr. 1, Vilnius", "https://zq.example.lt", ORGANISATION_NOTE), UK).id();
        var person = people.create(new PersonChanges(null, 0, "Jonas", "Zqjonaitis", "Jonas", "Zqjonaitis", "LT",
                PERSON_EMAIL, PERSON_PHONE, PERSON_NOTE)).id();

        // created internal, shared later
        var internal = partnerships.create(new PartnershipChanges(null, 0, HROMADA, null, organisation,
                PartnershipType.COOPERATION_AGREEMENT, Set.of(CooperationArea.EDUCATION), null, person, null,
                PARTNERSHIP_NOTE, false), UK);
        var shared = partnerships.update(new PartnershipChanges(internal.id(), internal.version(), HROMADA, null,
                organisation, PartnershipType.COOPERATION_AGREEMENT, Set.of(CooperationArea.EDUCATION), null, person,
                null, PARTNERSHIP_NOTE, true), UK);
        var negotiating = partnerships.changeStatus(shared.id(), shared.version(), PartnershipStatus.NEGOTIATING,
                null, Remark.internal(STATUS_NOTE), UK);
        partnerships.changeStatus(shared.id(), negotiating.version(), PartnershipStatus.PROPOSED, null,
                Remark.forPartners(STATUS_NOTE_SHARED), UK);
        documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, shared.id(), DocumentType.REPORT, "uk",
                "Zq shared report", true, "zq-report.pdf"), TestFiles.PDF);

        var programme = programmes.create(programme(), UK);
        // a submission needs the English text (ADR 0040: a translation, written on the translation page)
        TestProgrammeTexts.translate(translations, programme.id(), "en", "Zq programme", "Summary");
        approvals.submit(programme.id(), programme.version(), Remark.internal(APPROVAL_COMMENT), UK);

        var start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var draft = meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, PRESHARE_TITLE, start,
                start.plus(2, ChronoUnit.HOURS), "Vilnius", null, Set.of("LT"), Set.of(organisation),
                Set.of(OFFICER, HEAD, LIAISON_LT), Set.of(shared.id()), Set.of(), "Darbotvarkė", "Protokolas",
                MEETING_NOTE, false), UK);
        var meeting = meetings.update(new MeetingChanges(draft.id(), draft.version(), MeetingType.EMBASSY_MEETING,
                MEETING_TITLE, start, start.plus(2, ChronoUnit.HOURS), "Vilnius", null, Set.of("LT"),
                Set.of(organisation), Set.of(OFFICER, HEAD, LIAISON_LT), Set.of(shared.id()), Set.of(),
                "Darbotvarkė", "Protokolas", MEETING_NOTE, true), UK);
        var decision = decisionService.saveDecision(meeting.id(), new DecisionChanges(null, 0, "Zq decision",
                LocalDate.now(), null));
        actionItemService.saveActionItem(new ActionItemChanges(null, 0, meeting.id(), decision.id(), "Zq staff item",
                OFFICER, null, LocalDate.now().plusDays(10), ActionItemStatus.OPEN, null, null, "LT"), UK);
        actionItemService.saveActionItem(new ActionItemChanges(null, 0, meeting.id(), decision.id(), "Zq guest item",
                LIAISON_LT, null, LocalDate.now().plusDays(10), ActionItemStatus.OPEN, null, null, "LT"), UK);
        documents.upload(new NewDocument(DocumentOwnerKind.MEETING, meeting.id(), DocumentType.MINUTES, "uk",
                "Zq minutes", true, "zq-minutes.pdf"), TestFiles.PDF);
        var day = LocalDate.of(2031, 4, 7);
        var internalVisit = visits.create(new VisitChanges(null, 0, VisitDirection.OUTGOING, INTERNAL_VISIT_TITLE,
                null, "LT", "Kaunas", null, day, day, Set.of("LT"), Set.of(), Set.of(), false, null, null), UK);
        var practice = practices.create(new PracticeChanges(null, 0, "Zq shared practice", null,
                PracticeDirection.LEARNT, "LT", organisation, Set.of(CooperationArea.EDUCATION), Set.of(), null, null,
                internalVisit.id(), PRACTICE_NOTE, true), UK);
        return new Fixtures(organisation, person, shared.id(), programme.id(), meeting.id(), practice.id());
    }

    private static ProgrammeChanges programme() {
        return new ProgrammeChanges(null, 0, "UA-TEST-FVM-" + System.nanoTime(), "Зк програма", "Опис", ActivityStatus.PIPELINE, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 8, 31), null, null, Set.of("LT"), Set.of(TargetGroup.CHILDREN),
                Set.of(SupportArea.RECREATION), Set.of(), List.of(new ProgrammeChanges.SectorShare(
                Sector.CULTURE_AND_RECREATION, 100)), List.of(new ProgrammeChanges.Participant(2,
                OrganisationRole.FUNDING)), new BigDecimal("1000.00"), "EUR", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of(new ProgrammeChanges.Transaction(TransactionType.COMMITMENT,
                LocalDate.of(2026, 2, 1), new BigDecimal("1000.00"), "EUR", 2L, 5L)), List.of(), List.of(), true);
    }

    // ------------------------------------------------------------------------------------------------------ pages

    private List<String> recordPages() {
        return List.of("countries/LT", "organisations/" + fixtures.organisation(), "people/" + fixtures.person(),
                "partnerships/" + fixtures.partnership(), "programmes/" + fixtures.programme(),
                "meetings/" + fixtures.meeting(), "practices/" + fixtures.practice(), "my-action-items", "action-items?meeting=" + fixtures.meeting());
    }

    private Map<String, String> pagesAs(String user, Locale locale) {
        signInAs(user, locale);
        var shown = new LinkedHashMap<String, String>();
        for (var page : recordPages()) {
            var parts = page.split("\\?", 2);
            UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
            shown.put(page, RenderedPage.text());
        }
        return shown;
    }

    @Test
    void no_internal_field_of_a_shared_record_reaches_the_liaisons_pages() {
        var pages = pagesAs("liaison-lt", LT);
        var leaks = new ArrayList<String>();
        pages.forEach((page, text) -> {
            INTERNAL.forEach((field, marker) -> {
                if (text.contains(marker)) {
                    leaks.add(page + " shows the " + field);
                }
            });
            var username = STAFF_USERNAMES.matcher(text);
            if (username.find()) {
                leaks.add(page + " shows the user name " + username.group(1));
            }
        });
        assertThat(leaks).isEmpty();
        // what was written for partners does reach her, and the staff appear as the office
        assertThat(pages.get("partnerships/" + fixtures.partnership())).contains(STATUS_NOTE_SHARED, OFFICE_LT);
        assertThat(pages.get("programmes/" + fixtures.programme())).contains(APPROVAL_COMMENT_SHARED, OFFICE_LT);
        assertThat(pages.get("organisations/" + fixtures.organisation())).contains(ORGANISATION_EMAIL);
        assertThat(pages.get("meetings/" + fixtures.meeting())).contains(MEETING_TITLE, "Rasa Petrauskienė",
                OFFICE_LT, "Zq staff item");
        assertThat(pages.get("action-items?meeting=" + fixtures.meeting())).contains("Zq staff item", OFFICE_LT);
        assertThat(pages.get("practices/" + fixtures.practice())).contains("Zq shared practice");
    }

    @Test
    void an_officer_sees_every_internal_field_on_the_same_pages() {
        var pages = pagesAs("officer", UK);
        var all = String.join("\n", pages.values());
        var missing = INTERNAL.entrySet().stream().filter(e -> !all.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        // the collector sees the markers where staff may: otherwise the liaison's test would pass vacuously
        assertThat(missing).isEmpty();
    }

    // ------------------------------------------------------------------------------------ files and search

    @Test
    void no_internal_field_reaches_the_liaisons_files_feed_or_search() throws IOException {
        var texts = new LinkedHashMap<String, String>();
        try (var ignored = SignedIn.as("liaison-lt")) {
            texts.put("briefing PDF", pdfText(briefing.pdfOf("LT", LT)));
            texts.put("meeting .ics", calendarService.icsOf(fixtures.meeting(), UK_READER).orElseThrow());
            texts.put("calendar feed", calendarService.feedOfCurrentUser("feed", UK_READER));
            texts.put("action items", String.valueOf(actionItemService.findActionItems(ActionItemFilter.none()
                    .withMeeting(fixtures.meeting()), PageRequest.of(0, 50), LT)));
            texts.put("partnership history", String.valueOf(partnerships.historyOf(fixtures.partnership())));
            texts.put("partnership status history",
                    String.valueOf(partnerships.statusHistoryOf(fixtures.partnership())));
            texts.put("programme approval history",
                    String.valueOf(approvals.approvalHistoryOf(fixtures.programme())));
            texts.put("meeting history", String.valueOf(meetings.historyOf(fixtures.meeting())));
            texts.put("organisation", String.valueOf(organisations.findVisibleById(fixtures.organisation(), LT)));
            texts.put("person", String.valueOf(people.findVisibleById(fixtures.person())));
            texts.put("practice", String.valueOf(practices.findVisibleById(fixtures.practice(), LT)));
            texts.put("practice history", String.valueOf(practices.historyOf(fixtures.practice())));
            texts.put("search for Zq", String.valueOf(search.search("Zq", 50, LT)));
            for (var entry : INTERNAL.entrySet()) {
                var found = search.search(entry.getValue(), 50, LT);
                assertThat(found.stream().flatMap(g -> g.hits().stream()).toList())
                        .as("search for the " + entry.getKey()).isEmpty();
            }
        }
        var leaks = new ArrayList<String>();
        texts.forEach((file, text) -> {
            INTERNAL.forEach((field, marker) -> {
                if (text.contains(marker)) {
                    leaks.add(file + " holds the " + field);
                }
            });
            var username = STAFF_USERNAMES.matcher(text);
            if (username.find()) {
                leaks.add(file + " holds the user name " + username.group(1));
            }
        });
        assertThat(leaks).isEmpty();
        assertThat(texts.get("briefing PDF")).contains(OFFICE_LT);
        assertThat(texts.get("meeting .ics")).contains(MEETING_TITLE);
        assertThat(texts.get("partnership status history")).contains(STATUS_NOTE_SHARED);
        // the practice's source visit is not hers to open: neither its title nor its id reaches her
        assertThat(texts.get("practice")).contains("Zq shared practice", "sourceVisit=null", "sourceVisitId=null");
        assertThat(texts.get("practice history")).doesNotContain("sourceVisitId");
    }

    @Test
    void the_office_finds_records_by_their_internal_notes() {
        try (var ignored = SignedIn.as("officer")) {
            for (var marker : List.of(ORGANISATION_NOTE, PERSON_NOTE, MEETING_NOTE, PARTNERSHIP_NOTE)) {
                assertThat(search.search(marker, 10, UK).stream().flatMap(g -> g.hits().stream()).toList())
                        .as("officer's search for " + marker).isNotEmpty();
            }
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
