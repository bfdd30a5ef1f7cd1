package ua.cooperation.portal.security.access;

import org.springframework.context.ApplicationContext;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.meeting.ParticipantRole;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.security.GuestInvitation;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserAdministration;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.testsupport.TestFiles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The records the access matrix asks for, per liaison country and kind of record: ones the liaison may not see (of
 * other countries — among them, for every kind, one that <em>is</em> shared with partners, so that a service that kept
 * the "shared" check but dropped the country check fails — and internal ones of her own country), one she may see,
 * and one that does not exist. Most come from the demo data (db/changelog/demo); what the demo data lacks (a Polish
 * meeting shared with partners, action items of it, an internal Polish partnership, documents) is created once, on
 * first use, through the services as the officer.
 * <p>
 * Each probe may name <em>markers</em>: texts (names, titles) that belong to that record alone, so that any answer,
 * file or page that contains one has let the record out. Registry organisations and people have none: records a
 * liaison may see name them as parties by design (a programme's participants, a meeting's organisations), so they are
 * checked by their ids only. A new kind of record (a new service taking an id, a new
 * route with a parameter) has no entry here, and the matrix fails until one is added: that is how a new entry point
 * cannot escape it.
 */
final class AccessFixtures {

    /** One record id with what it is, for the failure messages, and the texts that only it carries. */
    record Probe(Object id, String what, List<String> markers) {
        Probe(Object id, String what) {
            this(id, what, List.of());
        }
    }

    /** The ids of one kind: out of scope for the liaison, one in scope (and its markers), one that does not exist. */
    record Kind(List<Probe> outOfScope, Object visible, Object missing, List<String> visibleMarkers) {
        Kind(List<Probe> outOfScope, Object visible, Object missing) {
            this(outOfScope, visible, missing, List.of());
        }
    }

    static final String LITHUANIA = "LT";
    static final String POLAND = "PL";
    static final long MISSING = 999_999_999L;
    /** The title prefix of every record the fixtures create, so that a search for it reaches all of them. */
    static final String CREATED = "Матриця доступу";

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final String TITLE_MEETING_1 = "Зустріч начальника ОВА з Послом Литовської Республіки";
    private static final String TITLE_MEETING_2 = "Робочий візит представників Міністерства оборони України";
    private static final String TITLE_MEETING_3 = "Відеозв’язок із місією МОМ щодо підтримки ВПО";
    private static final String TITLE_PROGRAMME_1 = "Оздоровлення дітей із Луганщини в Друскінінкаї";
    private static final String TITLE_PROGRAMME_2 = "Психологічна підтримка родин військовослужбовців";
    private static final String TITLE_PROGRAMME_3 = "Співпраця шкіл Старобільської громади та Алітуса";
    private static final String TITLE_ITEM_1 = "Надіслати перелік литовських шкіл";
    private static final String SIEVIERODONETSKA = "UA44120110000010163";
    private static final String STAROBILSKA = "UA44140110000056578";
    /** The names of the municipality Lublin (not of its city office, which other records may name as a party). */
    private static final List<String> LUBLIN = List.of("Місто Люблін", "Miasto Lublin", "City of Lublin");
    private static final List<String> DRUSKININKAI = List.of("Друскінінкайське самоврядування",
            "Druskininkų savivaldybė", "Druskininkai Municipality");

    /** The records the demo data lacks, created once. */
    private record Created(long lithuanianMeeting, long polishMeeting, long polishInternalMeeting,
                           long hersInPolishMeeting, long polishCoordinatorsItem,
                           long polishLiaisonsItem, long officersItemInHerMeeting, long officersItemInPolishMeeting,
                           long polishInternalPartnership, long polishDocument,
                           long lithuanianInternalDocument, long documentOfInternal, long lithuanianDocument,
                           long polishInternalDocument, long lithuanianProposal) {
    }

    private static Created created;
    private static final Map<String, Map<String, Kind>> BY_COUNTRY = new LinkedHashMap<>();
    private static final Map<Long, String> DOCUMENT_TITLES = new LinkedHashMap<>();

    private AccessFixtures() {
    }

    /** The fixtures of the Lithuanian liaison, {@code liaison-lt}. */
    static Map<String, Kind> kinds(ApplicationContext context) {
        return of(context, LITHUANIA);
    }

    /** The fixtures of the liaison of {@code country} ({@link #LITHUANIA} or {@link #POLAND}). */
    static synchronized Map<String, Kind> of(ApplicationContext context, String country) {
        if (created == null) {
            created = create(context);
        }
        return BY_COUNTRY.computeIfAbsent(country, c -> {
            var map = switch (c) {
                case LITHUANIA -> lithuanian(created);
                case POLAND -> polish(created);
                default -> throw new IllegalArgumentException("No fixtures for a liaison of " + c);
            };
            map.put("NOTIFICATION", notifications(context, c));
            return Map.copyOf(map);
        });
    }

    /**
     * Notifications: her own (that the meeting the fixtures shared with her country was shared), and the other
     * liaison's own of the same kind, which she may not mark read.
     */
    private static Kind notifications(ApplicationContext context, String country) {
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        java.util.function.BiFunction<Long, Long, Long> sharedWith = (account, meeting) -> jdbc.queryForObject(
                "select min(id) from notification where recipient_id = ? and subject_kind = 'MEETING'"
                        + " and subject_id = ?", Long.class, account, meeting);
        long lithuanian = sharedWith.apply(4L, created.lithuanianMeeting());
        long polish = sharedWith.apply(5L, created.polishMeeting());
        return LITHUANIA.equals(country)
                ? new Kind(List.of(new Probe(polish, "the Polish liaison's notification")), lithuanian, MISSING)
                : new Kind(List.of(new Probe(lithuanian, "the Lithuanian liaison's notification")), polish, MISSING);
    }

    /**
     * The fixtures a caller is asked with: her country's; for an officer previewing as the liaison of Lithuania the
     * Lithuanian ones, except that "her own" action items are the officer's (the preview keeps the officer's person):
     * her item of the shared Lithuanian meeting is hers, liaison-lt's is not, nor is her item of a Polish meeting.
     */
    static Map<String, Kind> of(ApplicationContext context, Caller caller) {
        var kinds = of(context, caller.country());
        if (caller.expect() != Caller.Expect.PREVIEW) {
            return kinds;
        }
        var previewed = new LinkedHashMap<>(kinds);
        previewed.put("ACTION_ITEM", new Kind(List.of(new Probe(1L, "liaison-lt's own item"),
                new Probe(3L, "an action item of a registry person"),
                new Probe(created.hersInPolishMeeting(), "liaison-lt's item of a Polish meeting",
                        List.of(hersInPolishTitle())),
                new Probe(created.officersItemInPolishMeeting(), "the officer's own item of a Polish meeting",
                        List.of(officersPolishTitle()))), created.officersItemInHerMeeting(), MISSING));
        return Map.copyOf(previewed);
    }

    /** Every marker of a record the liaison of {@code country} may not see. */
    static List<String> outOfScopeMarkers(Map<String, Kind> kinds) {
        var markers = new ArrayList<String>();
        kinds.values().forEach(kind -> kind.outOfScope().forEach(probe -> markers.addAll(probe.markers())));
        return markers;
    }

    /** Every marker of a record the liaison may see. */
    static List<String> visibleMarkers(Map<String, Kind> kinds) {
        return kinds.values().stream().flatMap(kind -> kind.visibleMarkers().stream()).toList();
    }

    // ------------------------------------------------------------------------------------------------ per liaison

    private static Map<String, Kind> lithuanian(Created c) {
        var map = new LinkedHashMap<String, Kind>();
        map.put("COUNTRY", new Kind(List.of(new Probe("PL", "Poland"), new Probe("UA", "Ukraine")), "LT", "XX"));
        // the regional administration (UA) takes part in her shared meeting and programme: a filter by it must not
        // tell it from a missing organisation
        map.put("ORGANISATION", new Kind(List.of(new Probe(7L, "a Polish organisation"),
                new Probe(1L, "a Ukrainian ministry"),
                new Probe(5L, "the Ukrainian regional administration, part of her meeting")), 2L, MISSING));
        map.put("PERSON", new Kind(List.of(new Probe(6L, "a Polish person"), new Probe(5L, "a Norwegian person"),
                new Probe(4L, "a Ukrainian person")), 1L, MISSING));
        map.put("POSITION", new Kind(List.of(new Probe(6L, "a post at a Polish organisation",
                        List.of("Координаторка міжнародної співпраці")),
                new Probe(4L, "a post at a Ukrainian organisation")), 1L, MISSING));
        map.put("MUNICIPALITY", new Kind(List.of(new Probe(3L, "Lublin (Poland)", LUBLIN),
                new Probe(1L, "a Ukrainian hromada")), 2L, MISSING, DRUSKININKAI));
        map.put("PARTNERSHIP", new Kind(List.of(new Probe(2L, "a Polish partnership, shared with partners", LUBLIN),
                new Probe(3L, "an internal Lithuanian partnership"),
                new Probe(c.polishInternalPartnership(), "an internal Polish partnership", LUBLIN)), 1L, MISSING,
                DRUSKININKAI));
        map.put("PROGRAMME", new Kind(List.of(
                new Probe(2L, "a Polish programme, shared with partners", List.of(TITLE_PROGRAMME_2)),
                new Probe(3L, "an internal Lithuanian programme", List.of(TITLE_PROGRAMME_3))), 1L, MISSING,
                List.of(TITLE_PROGRAMME_1)));
        map.put("MEETING", new Kind(List.of(
                new Probe(2L, "an internal visit of the Ministry of Defence (UA)", List.of(TITLE_MEETING_2)),
                new Probe(3L, "an internal call with IOM", List.of(TITLE_MEETING_3)),
                new Probe(c.polishMeeting(), "a Polish meeting, shared with partners", List.of(polishMeetingTitle())),
                new Probe(c.polishInternalMeeting(), "an internal Polish meeting",
                        List.of(polishInternalMeetingTitle()))), 1L, MISSING, List.of(TITLE_MEETING_1)));
        // action items are asked for as "her own": 1 is hers; 2 and 3 (of her meeting) are not; the fourth is hers
        // but of a Polish meeting shared with partners, which she may not see
        map.put("ACTION_ITEM", new Kind(List.of(new Probe(2L, "an officer's action item"),
                new Probe(3L, "an action item of a registry person"),
                new Probe(c.hersInPolishMeeting(), "her own action item of a Polish meeting shared with partners",
                        List.of(hersInPolishTitle())),
                new Probe(c.polishLiaisonsItem(), "the Polish liaison's action item", List.of(polishItemTitle())),
                new Probe(c.officersItemInPolishMeeting(), "an officer's item of a Polish meeting",
                        List.of(officersPolishTitle()))), 1L, MISSING, List.of(TITLE_ITEM_1)));
        map.put("USER", new Kind(List.of(new Probe(1L, "the administrator"), new Probe(5L, "the Polish liaison")),
                4L, MISSING));
        map.put("HROMADA", hromadas());
        map.put("DOCUMENT", new Kind(List.of(
                document(c.polishDocument(), "a shared document of a Polish partnership shared with partners"),
                document(c.lithuanianInternalDocument(), "an internal document of a shared partnership"),
                document(c.documentOfInternal(), "a shared document of an internal partnership"),
                document(c.polishInternalDocument(), "an internal document of a Polish partnership"),
                document(c.lithuanianProposal(),
                        "another Lithuanian partner's pending proposal for a shared partnership (issue 21)")),
                c.lithuanianDocument(), MISSING, List.of(documentTitle(c.lithuanianDocument()))));
        return map;
    }

    private static Map<String, Kind> polish(Created c) {
        var map = new LinkedHashMap<String, Kind>();
        map.put("COUNTRY", new Kind(List.of(new Probe("LT", "Lithuania"), new Probe("UA", "Ukraine")), "PL", "XX"));
        map.put("ORGANISATION", new Kind(List.of(new Probe(2L, "a Lithuanian ministry"),
                new Probe(3L, "the Lithuanian embassy"),
                new Probe(1L, "a Ukrainian ministry, part of her meeting")), 7L, MISSING));
        map.put("PERSON", new Kind(List.of(new Probe(1L, "a Lithuanian person"),
                new Probe(5L, "a Norwegian person"), new Probe(4L, "a Ukrainian person")), 6L, MISSING));
        map.put("POSITION", new Kind(List.of(new Probe(1L, "a post at the Lithuanian embassy"),
                new Probe(7L, "a post at a Lithuanian ministry", List.of("Радниця з питань співпраці з Україною"))),
                6L, MISSING));
        map.put("MUNICIPALITY", new Kind(List.of(new Probe(2L, "Druskininkai (Lithuania)", DRUSKININKAI),
                new Probe(1L, "a Ukrainian hromada")), 3L, MISSING, LUBLIN));
        map.put("PARTNERSHIP", new Kind(List.of(
                new Probe(1L, "a Lithuanian partnership, shared with partners", DRUSKININKAI),
                new Probe(3L, "an internal Lithuanian partnership"),
                new Probe(c.polishInternalPartnership(), "an internal Polish partnership")), 2L, MISSING, LUBLIN));
        map.put("PROGRAMME", new Kind(List.of(
                new Probe(1L, "a Lithuanian programme, shared with partners", List.of(TITLE_PROGRAMME_1)),
                new Probe(3L, "an internal Lithuanian programme", List.of(TITLE_PROGRAMME_3))), 2L, MISSING,
                List.of(TITLE_PROGRAMME_2)));
        map.put("MEETING", new Kind(List.of(
                new Probe(1L, "a Lithuanian meeting, shared with partners", List.of(TITLE_MEETING_1)),
                new Probe(2L, "an internal visit of the Ministry of Defence (UA)", List.of(TITLE_MEETING_2)),
                new Probe(c.polishInternalMeeting(), "an internal Polish meeting",
                        List.of(polishInternalMeetingTitle())),
                new Probe(c.lithuanianMeeting(), "a Lithuanian meeting shared with partners",
                        List.of(lithuanianMeetingTitle()))),
                c.polishMeeting(), MISSING,
                List.of(polishMeetingTitle())));
        map.put("ACTION_ITEM", new Kind(List.of(
                new Probe(1L, "the Lithuanian liaison's item of a Lithuanian meeting", List.of(TITLE_ITEM_1)),
                new Probe(c.hersInPolishMeeting(), "the Lithuanian liaison's item of her Polish meeting")),
                c.polishLiaisonsItem(), MISSING, List.of(polishItemTitle())));
        map.put("USER", new Kind(List.of(new Probe(1L, "the administrator"), new Probe(4L, "the Lithuanian liaison")),
                5L, MISSING));
        map.put("HROMADA", hromadas());
        map.put("DOCUMENT", new Kind(List.of(
                document(c.lithuanianDocument(), "a shared document of a Lithuanian partnership shared with partners"),
                document(c.lithuanianInternalDocument(), "an internal document of a Lithuanian partnership"),
                document(c.polishInternalDocument(), "an internal document of her own country's partnership"),
                document(c.lithuanianProposal(), "a Lithuanian partner's pending proposal")),
                c.polishDocument(), MISSING, List.of(documentTitle(c.polishDocument()))));
        return map;
    }

    /**
     * KATOTTH codes of hromadas (public reference data) as a filter takes them: Starobilsk hromada has only internal
     * partnerships; Sievierodonetsk hromada one with Lithuania and one with Poland, both shared.
     */
    private static Kind hromadas() {
        return new Kind(List.of(new Probe(STAROBILSKA, "a hromada with internal partnerships only")),
                SIEVIERODONETSKA, "UA99999999999999999");
    }

    // -------------------------------------------------------------------------------------------------- creating

    private static Created create(ApplicationContext context) {
        var meetings = context.getBean(MeetingService.class);
        var actionItems = context.getBean(ActionItemService.class);
        var partnerships = context.getBean(PartnershipService.class);
        var documents = context.getBean(DocumentService.class);
        long proposal = proposalOfAnotherLithuanianPartner(context, documents);
        try (var ignored = SignedIn.as("officer")) {
            // her programme is linked to no demo meeting: this one is, so that a filter by it finds something
            long lithuanianMeeting = meeting(meetings, lithuanianMeetingTitle(), "LT", true,
                    Set.of(), Set.of(), Set.of(1L));
            // the Polish liaison's meeting, with her country's organisation, partnership, programme and person, and
            // with the Ukrainian ministry and a Ukrainian person, whom she may not open
            long polishMeeting = meeting(meetings, polishMeetingTitle(), "PL", true, Set.of(7L, 1L), Set.of(2L),
                    Set.of(2L));
            meetings.updateParticipants(polishMeeting, 0, Map.of(6L, ParticipantRole.HOST, 4L, ParticipantRole.GUEST),
                    UK);
            long polishInternalMeeting = meeting(meetings, polishInternalMeetingTitle(), "PL", false, Set.of(7L),
                    Set.of(), Set.of());
            long hers = actionItem(actionItems, polishMeeting, hersInPolishTitle(), 4L, null);
            long coordinators = actionItem(actionItems, polishMeeting, CREATED + ": доручення польської координаторки",
                    null, 6L);
            long polishLiaisons = actionItem(actionItems, polishMeeting, polishItemTitle(), 5L, null);
            long officers = actionItem(actionItems, 1L, CREATED + ": доручення офіцерки з литовської зустрічі", 2L, null);
            long officersPolish = actionItem(actionItems, polishMeeting, officersPolishTitle(), 2L, null);
            // Starobilsk hromada and Lublin, not shared: a Polish record that is internal
            long internalPartnership = partnerships.create(new PartnershipChanges(null, 0, STAROBILSKA, 3L,
                    null, PartnershipType.INFORMAL, Set.of(CooperationArea.CULTURE), null, null, null,
                    CREATED + ": внутрішня нотатка польського партнерства", false), UK).id();
            return new Created(lithuanianMeeting, polishMeeting, polishInternalMeeting, hers, coordinators,
                    polishLiaisons, officers, officersPolish, internalPartnership,
                    upload(documents, 2, true, "Polish partnership, shared"),
                    upload(documents, 1, false, "Lithuanian partnership, internal document"),
                    upload(documents, 3, true, "internal Lithuanian partnership, shared document"),
                    upload(documents, 1, true, "Lithuanian partnership, shared document"),
                    upload(documents, 2, false, "Polish partnership, internal document"), proposal);
        }
    }

    /**
     * A document that a Lithuanian guest other than liaison-lt proposed for the shared Lithuanian partnership: pending,
     * so only she and the staff see it (issue 21), not liaison-lt, not an officer previewing as her.
     */
    private static long proposalOfAnotherLithuanianPartner(ApplicationContext context, DocumentService documents) {
        var users = context.getBean(UserAdministration.class);
        var username = "matrix-partner-" + System.nanoTime();
        long id;
        try (var ignored = SignedIn.as("admin")) {
            users.invite(new GuestInvitation(username, "Matrix Partner", null, Set.of(LITHUANIA),
                    LocalDate.now().plusDays(30)));
            id = users.find(username, 0, 1).getFirst().id();
        }
        var partner = new PortalUser(id, username, "Matrix Partner", "", Set.of(Role.LIAISON), Set.of(LITHUANIA),
                true, true, true);
        try (var ignored = SignedIn.with(SignedIn.authenticationOf(partner))) {
            var title = "Access matrix: another Lithuanian partner's pending proposal";
            long document = documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, 1, DocumentType.REPORT,
                    "uk", title, true, "proposal.pdf"), TestFiles.PDF).id();
            DOCUMENT_TITLES.put(document, title);
            return document;
        }
    }

    /**
     * A meeting of March 2024, outside every "upcoming", "recent" and feed window of the other tests (and before the
     * last contact of the partnerships it names, which it therefore leaves as they are).
     */
    private static long meeting(MeetingService meetings, String title, String country, boolean shared,
                                Set<Long> organisations, Set<Long> partnerships, Set<Long> programmes) {
        var start = Instant.parse("2024-03-05T09:00:00Z");
        return meetings.create(new MeetingChanges(null, 0, MeetingType.VIDEO_CALL, title, start,
                start.plus(1, ChronoUnit.HOURS), null, null, Set.of(country), organisations, Set.of(), partnerships,
                programmes, null, null, null, shared), UK).id();
    }

    /** An open item due long after today: neither overdue nor in any reminder window. */
    private static long actionItem(ActionItemService actionItems, long meeting, String title, Long ownerUser,
                                   Long ownerPerson) {
        return actionItems.saveActionItem(new ActionItemChanges(null, 0, meeting, null, title, ownerUser, ownerPerson,
                LocalDate.of(2031, 6, 30), ActionItemStatus.OPEN, null, null, null), UK).id();
    }

    private static long upload(DocumentService documents, long partnership, boolean shared, String title) {
        var fullTitle = "Access matrix: " + title;
        long id = documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, partnership, DocumentType.REPORT,
                "uk", fullTitle, shared, "access-matrix.pdf"), TestFiles.PDF).id();
        DOCUMENT_TITLES.put(id, fullTitle);
        return id;
    }

    private static Probe document(long id, String what) {
        return new Probe(id, what, List.of(documentTitle(id)));
    }

    /** The title a fixture document was uploaded with. */
    private static String documentTitle(long id) {
        return DOCUMENT_TITLES.get(id);
    }

    private static String lithuanianMeetingTitle() {
        return CREATED + ": спільна литовська зустріч";
    }

    private static String polishMeetingTitle() {
        return CREATED + ": спільна польська зустріч";
    }

    private static String polishInternalMeetingTitle() {
        return CREATED + ": внутрішня польська зустріч";
    }

    private static String hersInPolishTitle() {
        return CREATED + ": доручення литовської представниці з польської зустрічі";
    }

    private static String polishItemTitle() {
        return CREATED + ": доручення польської представниці";
    }

    private static String officersPolishTitle() {
        return CREATED + ": доручення офіцерки з польської зустрічі";
    }
}
