package ua.cooperation.portal.security.access;

import org.springframework.context.ApplicationContext;
import ua.cooperation.portal.comment.CommentService;
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
import ua.cooperation.portal.practice.PracticeChanges;
import ua.cooperation.portal.practice.PracticeDirection;
import ua.cooperation.portal.practice.PracticeService;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.SupportArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.proposal.DateOption;
import ua.cooperation.portal.proposal.ProposalChanges;
import ua.cooperation.portal.proposal.ProposalService;
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
    /** Not a country: the fixtures of {@code guest-iom}, a guest bound to the IOM mission (ADR 0042). */
    static final String IOM = "IOM";
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
                           long polishInternalDocument, long iomInternalMeeting, long iomItem,
                           long iomDocument, long iomProgramme, Comments comments, long pendingLithuanianDocument) {
    }

    /** Comments (issue 21): under her shared meeting, one kept for the office there, under internal and Polish ones. */
    private record Comments(long lithuanian, long lithuanianStaffOnly, long internal, long polish,
                            long polishStaffOnly, long iom) {
    }

    private static Created created;
    /** A proposal of each liaison's country, made by her (partners propose meetings, issue 21). */
    private static long lithuanianProposal;
    private static long polishProposal;
    private static long iomProposal;
    /** Practices (issue 22): a Polish one shared with partners, and one of the IOM mission from the call with it. */
    private static long polishPractice;
    private static long iomPractice;
    /** Decisions of fixture meetings (the register, issue 22): of the Polish, Polish internal, IOM and IOM internal. */
    private static Map<String, Long> decisions;
    private static final String DECISION_PL = CREATED + ": рішення польської зустрічі";
    private static final String DECISION_PL_INTERNAL = CREATED + ": рішення внутрішньої польської зустрічі";
    private static final String DECISION_IOM = CREATED + ": рішення зустрічі з МОМ";
    private static final String DECISION_IOM_INTERNAL = CREATED + ": рішення внутрішньої зустрічі щодо МОМ";
    private static final Map<String, Map<String, Kind>> BY_COUNTRY = new LinkedHashMap<>();
    private static final Map<Long, String> DOCUMENT_TITLES = new LinkedHashMap<>();
    private static final Map<String, Long> AGENDA_POINTS = new LinkedHashMap<>();
    private static final String AGENDA_LT = CREATED + ": пункт порядку денного литовської представниці";
    private static final String AGENDA_PL = CREATED + ": пункт порядку денного польської представниці";
    private static final String AGENDA_INTERNAL = CREATED + ": внутрішній пункт порядку денного";
    private static final String AGENDA_IOM = CREATED + ": пункт порядку денного гості з МОМ";

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
            lithuanianProposal = proposal(context, "liaison-lt", lithuanianProposalTitle());
            polishProposal = proposal(context, "liaison-pl", polishProposalTitle());
            iomProposal = proposal(context, "guest-iom", iomProposalTitle());
            createVisits(context);
            // each from the partner's own visit: the practices' filter by visit finds them (FilterAccessMatrixTest)
            polishPractice = practice(context, polishPracticeTitle(), "PL", null, null, null, VISITS.get(POLAND));
            // the source document is the call's shared document: her practice page offers its download
            iomPractice = practice(context, iomPracticeTitle(), "UA", SignedIn.IOM_MISSION, 3L, created.iomDocument(),
                    VISITS.get(IOM));
            decisions = decisions(context, created);
        }
        return BY_COUNTRY.computeIfAbsent(country, c -> {
            var map = switch (c) {
                case LITHUANIA -> lithuanian(created);
                case POLAND -> polish(created);
                case IOM -> iom(created);
                default -> throw new IllegalArgumentException("No fixtures for a liaison of " + c);
            };
            map.put("NOTIFICATION", notifications(context, c));
            map.put("COMMENT", comments(c));
            map.put("AGENDA_POINT", agendaPoints(context, c));
            map.put("DECISION", decisionKind(c));
            map.put("VISIT", visits(context, c));
            // attendance is asked for by meeting, with the meetings' probes
            map.put("ATTENDANCE", map.get("MEETING"));
            return Map.copyOf(map);
        });
    }

    /**
     * Comments: she may see the ones under her country's shared meetings, except those kept for the office. Their texts
     * are markers: a thread or history that shows one has let it out.
     */
    private static Kind comments(String country) {
        var c = created.comments();
        var lithuanian = new Probe(c.lithuanian(), "a comment under a Lithuanian shared meeting",
                List.of(commentText("LT")));
        var lithuanianStaffOnly = new Probe(c.lithuanianStaffOnly(),
                "a staff-only comment under a Lithuanian shared meeting", List.of(commentText("LT staff")));
        var internal = new Probe(c.internal(), "a comment under an internal meeting", List.of(commentText("UA")));
        var polish = new Probe(c.polish(), "a comment under a Polish shared meeting", List.of(commentText("PL")));
        var polishStaffOnly = new Probe(c.polishStaffOnly(), "a staff-only comment under a Polish shared meeting",
                List.of(commentText("PL staff")));
        var iom = new Probe(c.iom(), "a comment under the call shared with the IOM mission", List.of(commentText("IOM")));
        return switch (country) {
            case LITHUANIA -> new Kind(List.of(lithuanianStaffOnly, internal, polish, polishStaffOnly, iom),
                    c.lithuanian(), MISSING, lithuanian.markers());
            case IOM -> new Kind(List.of(lithuanian, lithuanianStaffOnly, internal, polish, polishStaffOnly),
                    c.iom(), MISSING, iom.markers());
            default -> new Kind(List.of(lithuanian, lithuanianStaffOnly, internal, polishStaffOnly, iom), c.polish(),
                    MISSING, polish.markers());
        };
    }

    private static String commentText(String what) {
        return CREATED + ": коментар " + what;
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
        if (IOM.equals(country)) {
            // hers: that the action item of the fixtures was assigned to her
            var hers = jdbc.queryForObject("select min(id) from notification where recipient_id = 6", Long.class);
            return new Kind(List.of(new Probe(lithuanian, "the Lithuanian liaison's notification"),
                    new Probe(polish, "the Polish liaison's notification")), hers, MISSING);
        }
        return LITHUANIA.equals(country)
                ? new Kind(List.of(new Probe(polish, "the Polish liaison's notification")), lithuanian, MISSING)
                : new Kind(List.of(new Probe(lithuanian, "the Lithuanian liaison's notification")), polish, MISSING);
    }

    /** Visits (issue 22): demo visit 1 is shared with Lithuania; the others are created once. */
    private static final Map<String, Long> VISITS = new LinkedHashMap<>();
    private static final String TITLE_VISIT_1 = "Робочий візит делегації Міноборони та Генштабу ЗСУ до Литви";
    private static final String VISIT_PL = CREATED + ": польський візит, спільний з партнерами";
    private static final String VISIT_LT_INTERNAL = CREATED + ": внутрішній литовський візит";
    private static final String VISIT_IOM = CREATED + ": візит до місії МОМ";

    private static Kind visits(ApplicationContext context, String country) {
        createVisits(context);
        var lithuanian = new Probe(1L, "the shared Lithuanian demo visit", List.of(TITLE_VISIT_1));
        var polish = new Probe(VISITS.get(POLAND), "a Polish visit, shared with partners", List.of(VISIT_PL));
        var internal = new Probe(VISITS.get("LT internal"), "an internal Lithuanian visit",
                List.of(VISIT_LT_INTERNAL));
        var iom = new Probe(VISITS.get(IOM), "a visit to the IOM mission, shared with it", List.of(VISIT_IOM));
        return switch (country) {
            case LITHUANIA -> new Kind(List.of(polish, internal, iom), 1L, MISSING, lithuanian.markers());
            case IOM -> new Kind(List.of(lithuanian, polish, internal), iom.id(), MISSING, iom.markers());
            default -> new Kind(List.of(lithuanian, internal, iom), polish.id(), MISSING, polish.markers());
        };
    }

    /** The visits of the fixtures, created once: a Polish one and one of the IOM mission shared, a Lithuanian internal. */
    private static void createVisits(ApplicationContext context) {
        synchronized (VISITS) {
            if (VISITS.isEmpty()) {
                var visits = context.getBean(ua.cooperation.portal.visit.VisitService.class);
                var day = java.time.LocalDate.of(2032, 2, 2);
                java.util.function.Function<Object[], Long> visit = row -> visits.create(
                        new ua.cooperation.portal.visit.VisitChanges(null, 0,
                                ua.cooperation.portal.visit.VisitDirection.OUTGOING, (String) row[0], null,
                                (String) row[1], null, (Long) row[2], day, day.plusDays(1), Set.of(), Set.of(),
                                Set.of(), (Boolean) row[3], null, CREATED + ": внутрішня нотатка візиту"), UK).id();
                try (var ignored = SignedIn.as("officer")) {
                    VISITS.put(POLAND, visit.apply(new Object[]{VISIT_PL, "PL", 7L, true}));
                    VISITS.put("LT internal", visit.apply(new Object[]{VISIT_LT_INTERNAL, "LT", 2L, false}));
                    VISITS.put(IOM, visit.apply(new Object[]{VISIT_IOM, "UA", SignedIn.IOM_MISSION, true}));
                }
            }
        }
    }

    /**
     * Agenda points (issue 21), written straight into the table (the demo meetings have started, so no partner could
     * propose one now): a Lithuanian liaison's point of the shared Lithuanian demo meeting, a Polish liaison's point of
     * the Polish meeting shared with partners, and an officer's point of an internal meeting.
     */
    private static Kind agendaPoints(ApplicationContext context, String country) {
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        java.util.function.Function<Object[], Long> point = row -> {
            jdbc.update("insert into meeting_agenda_point (version, meeting_id, point_text, status, country_code,"
                    + " proposed_by_id, proposed_by, proposed_at) values (0, ?, ?, 'PROPOSED', ?, ?, ?,"
                    + " current_timestamp)", row);
            return jdbc.queryForObject("select max(id) from meeting_agenda_point where point_text = ?", Long.class,
                    row[1]);
        };
        synchronized (AGENDA_POINTS) {
            if (AGENDA_POINTS.isEmpty()) {
                AGENDA_POINTS.put(LITHUANIA, point.apply(new Object[]{1L, AGENDA_LT, LITHUANIA, 4L, "liaison-lt"}));
                AGENDA_POINTS.put(POLAND, point.apply(new Object[]{created.polishMeeting(), AGENDA_PL, POLAND, 5L,
                        "liaison-pl"}));
                AGENDA_POINTS.put("UA", point.apply(new Object[]{2L, AGENDA_INTERNAL, null, 2L, "officer"}));
                AGENDA_POINTS.put(IOM, point.apply(new Object[]{3L, AGENDA_IOM, null, 6L, "guest-iom"}));
            }
        }
        var internal = new Probe(AGENDA_POINTS.get("UA"), "an officer's agenda point of an internal meeting",
                List.of(AGENDA_INTERNAL));
        var lithuanian = new Probe(AGENDA_POINTS.get(LITHUANIA), "the Lithuanian liaison's agenda point",
                List.of(AGENDA_LT));
        var polish = new Probe(AGENDA_POINTS.get(POLAND), "the Polish liaison's agenda point", List.of(AGENDA_PL));
        var iom = new Probe(AGENDA_POINTS.get(IOM), "the IOM guest's agenda point", List.of(AGENDA_IOM));
        return switch (country) {
            case LITHUANIA -> new Kind(List.of(polish, internal, iom), lithuanian.id(), MISSING, lithuanian.markers());
            case IOM -> new Kind(List.of(lithuanian, polish, internal), iom.id(), MISSING, iom.markers());
            default -> new Kind(List.of(lithuanian, internal, iom), polish.id(), MISSING, polish.markers());
        };
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
                new Probe(3L, "a call with the IOM mission (UA), shared with it", List.of(TITLE_MEETING_3)),
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
        map.put("PROPOSAL", new Kind(List.of(new Probe(polishProposal, "a Polish proposal",
                List.of(polishProposalTitle())), iomProposal()), lithuanianProposal, MISSING,
                List.of(lithuanianProposalTitle())));
        // withdrawing: her own proposal; the Polish liaison's is out of her scope
        map.put("MY_PROPOSAL", new Kind(List.of(new Probe(polishProposal, "the Polish liaison's proposal",
                List.of(polishProposalTitle()))), lithuanianProposal, MISSING));
        map.put("PRACTICE", new Kind(List.of(internalPolishPractice(), polishPractice(), iomPractice()), 1L, MISSING,
                LITHUANIAN_PRACTICE));
        map.put("HROMADA", hromadas());
        map.put("DOCUMENT", new Kind(List.of(
                document(c.polishDocument(), "a shared document of a Polish partnership shared with partners"),
                document(c.lithuanianInternalDocument(), "an internal document of a shared partnership"),
                document(c.documentOfInternal(), "a shared document of an internal partnership"),
                document(c.polishInternalDocument(), "an internal document of a Polish partnership"),
                document(c.pendingLithuanianDocument(),
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
        map.put("PROPOSAL", new Kind(List.of(new Probe(lithuanianProposal, "a Lithuanian proposal",
                List.of(lithuanianProposalTitle())), iomProposal()), polishProposal, MISSING,
                List.of(polishProposalTitle())));
        map.put("MY_PROPOSAL", new Kind(List.of(new Probe(lithuanianProposal, "the Lithuanian liaison's proposal",
                List.of(lithuanianProposalTitle()))), polishProposal, MISSING));
        map.put("PRACTICE", new Kind(List.of(lithuanianPractice(), internalPolishPractice(), iomPractice()),
                polishPractice, MISSING, List.of(polishPracticeTitle())));
        map.put("HROMADA", hromadas());
        map.put("DOCUMENT", new Kind(List.of(
                document(c.lithuanianDocument(), "a shared document of a Lithuanian partnership shared with partners"),
                document(c.lithuanianInternalDocument(), "an internal document of a Lithuanian partnership"),
                document(c.polishInternalDocument(), "an internal document of her own country's partnership"),
                document(c.pendingLithuanianDocument(), "a Lithuanian partner's pending proposal")),
                c.polishDocument(), MISSING, List.of(documentTitle(c.polishDocument()))));
        return map;
    }

    /**
     * The guest bound to the IOM mission: of the registry she sees her mission alone; of the business records those
     * shared with partners that name it (the demo call with the mission, a programme it implements, their documents
     * and her own action item); nothing of any country, and nothing internal that names the mission.
     */
    private static Map<String, Kind> iom(Created c) {
        var map = new LinkedHashMap<String, Kind>();
        map.put("COUNTRY", new Kind(List.of(new Probe("LT", "Lithuania"), new Probe("PL", "Poland"),
                new Probe("UA", "Ukraine, the mission's country")), null, "XX"));
        map.put("ORGANISATION", new Kind(List.of(new Probe(2L, "a Lithuanian ministry"),
                new Probe(3L, "the Lithuanian embassy"), new Probe(7L, "a Polish organisation"),
                new Probe(5L, "the Ukrainian regional administration, part of her meeting")), 6L, MISSING));
        map.put("PERSON", new Kind(List.of(new Probe(1L, "a Lithuanian person"), new Probe(6L, "a Polish person"),
                new Probe(5L, "a Norwegian person, speaker at her meeting"), new Probe(4L, "a Ukrainian person")),
                null, MISSING));
        map.put("POSITION", new Kind(List.of(new Probe(1L, "a post at the Lithuanian embassy"),
                new Probe(6L, "a post at a Polish organisation"), new Probe(4L, "a post at a Ukrainian organisation")),
                null, MISSING));
        map.put("MUNICIPALITY", new Kind(List.of(new Probe(2L, "Druskininkai (Lithuania)", DRUSKININKAI),
                new Probe(3L, "Lublin (Poland)", LUBLIN), new Probe(1L, "a Ukrainian hromada")), null, MISSING));
        map.put("PARTNERSHIP", new Kind(List.of(
                new Probe(1L, "a Lithuanian partnership, shared with partners", DRUSKININKAI),
                new Probe(2L, "a Polish partnership, shared with partners", LUBLIN),
                new Probe(3L, "an internal Lithuanian partnership"),
                new Probe(c.polishInternalPartnership(), "an internal Polish partnership")), null, MISSING));
        map.put("PROGRAMME", new Kind(List.of(
                new Probe(1L, "a Lithuanian programme, shared with partners", List.of(TITLE_PROGRAMME_1)),
                new Probe(2L, "a Polish programme, shared with partners", List.of(TITLE_PROGRAMME_2)),
                new Probe(3L, "an internal Lithuanian programme", List.of(TITLE_PROGRAMME_3))), c.iomProgramme(),
                MISSING, List.of(iomProgrammeTitle())));
        map.put("MEETING", new Kind(List.of(
                new Probe(1L, "a Lithuanian meeting, shared with partners", List.of(TITLE_MEETING_1)),
                new Probe(2L, "an internal visit of the Ministry of Defence (UA)", List.of(TITLE_MEETING_2)),
                new Probe(c.polishMeeting(), "a Polish meeting, shared with partners", List.of(polishMeetingTitle())),
                new Probe(c.lithuanianMeeting(), "a Lithuanian meeting shared with partners",
                        List.of(lithuanianMeetingTitle())),
                new Probe(c.iomInternalMeeting(), "an internal meeting that names the mission",
                        List.of(iomInternalMeetingTitle()))), 3L, MISSING, List.of(TITLE_MEETING_3)));
        map.put("ACTION_ITEM", new Kind(List.of(
                new Probe(1L, "the Lithuanian liaison's item of a Lithuanian meeting", List.of(TITLE_ITEM_1)),
                new Probe(c.polishLiaisonsItem(), "the Polish liaison's action item", List.of(polishItemTitle())),
                new Probe(c.hersInPolishMeeting(), "the Lithuanian liaison's item of a Polish meeting")),
                c.iomItem(), MISSING, List.of(iomItemTitle())));
        map.put("USER", new Kind(List.of(new Probe(1L, "the administrator"), new Probe(4L, "the Lithuanian liaison"),
                new Probe(5L, "the Polish liaison")), 6L, MISSING));
        var others = List.of(new Probe(lithuanianProposal, "a Lithuanian proposal", List.of(lithuanianProposalTitle())),
                new Probe(polishProposal, "a Polish proposal", List.of(polishProposalTitle())));
        map.put("PROPOSAL", new Kind(others, iomProposal, MISSING, List.of(iomProposalTitle())));
        map.put("MY_PROPOSAL", new Kind(others, iomProposal, MISSING));
        map.put("PRACTICE", new Kind(List.of(lithuanianPractice(), internalPolishPractice(), polishPractice()),
                iomPractice, MISSING, List.of(iomPracticeTitle())));
        map.put("HROMADA", new Kind(List.of(new Probe(STAROBILSKA, "a hromada with internal partnerships only"),
                new Probe(SIEVIERODONETSKA, "a hromada with partnerships shared with Lithuania and Poland")),
                null, "UA99999999999999999"));
        map.put("DOCUMENT", new Kind(List.of(
                document(c.polishDocument(), "a shared document of a Polish partnership shared with partners"),
                document(c.lithuanianDocument(), "a shared document of a Lithuanian partnership"),
                document(c.lithuanianInternalDocument(), "an internal document of a Lithuanian partnership"),
                document(c.documentOfInternal(), "a shared document of an internal partnership"),
                document(c.polishInternalDocument(), "an internal document of a Polish partnership"),
                document(c.pendingLithuanianDocument(), "a Lithuanian partner's pending proposal")),
                c.iomDocument(), MISSING, List.of(documentTitle(c.iomDocument()))));
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
        long pendingDocument = proposalOfAnotherLithuanianPartner(context, documents);
        var comments = context.getBean(CommentService.class);
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
            // partnerships between institutions, shared (issue 22): the IOM mission as the Ukrainian side with the
            // Lithuanian ministry, the Ukrainian ministry with Lublin's city office; a filter by an organisation of
            // her own then finds something for each of the liaisons and the IOM guest
            partnerships.create(PartnershipChanges.institutional(SignedIn.IOM_MISSION, 2L, PartnershipType.INFORMAL,
                    Set.of(CooperationArea.SOCIAL_SUPPORT), null, true), UK);
            partnerships.create(PartnershipChanges.institutional(1L, 7L, PartnershipType.INFORMAL,
                    Set.of(CooperationArea.VETERANS), null, true), UK);
            // the IOM guest's: an internal meeting naming the mission, her item and a shared document of the call
            // with the mission (demo meeting 3), and a shared programme the mission implements
            long iomInternalMeeting = meeting(meetings, iomInternalMeetingTitle(), "UA", false,
                    Set.of(SignedIn.IOM_MISSION), Set.of(), Set.of());
            long iomItem = actionItem(actionItems, 3L, iomItemTitle(), 6L, null);
            long iomProgramme = context.getBean(ProgrammeService.class).create(iomProgramme(), UK).id();
            return new Created(lithuanianMeeting, polishMeeting, polishInternalMeeting, hers, coordinators,
                    polishLiaisons, officers, officersPolish, internalPartnership,
                    upload(documents, 2, true, "Polish partnership, shared"),
                    upload(documents, 1, false, "Lithuanian partnership, internal document"),
                    upload(documents, 3, true, "internal Lithuanian partnership, shared document"),
                    upload(documents, 1, true, "Lithuanian partnership, shared document"),
                    upload(documents, 2, false, "Polish partnership, internal document"),
                    iomInternalMeeting, iomItem,
                    upload(documents, DocumentOwnerKind.MEETING, 3, true, "the call with the IOM mission, shared"),
                    iomProgramme,
                    new Comments(comment(comments, 1, "LT", false), comment(comments, 1, "LT staff", true),
                            comment(comments, 2, "UA", false), comment(comments, polishMeeting, "PL", false),
                            comment(comments, polishMeeting, "PL staff", true), comment(comments, 3, "IOM", false)),
                    pendingDocument);
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

    /** The demo practice of Lithuania (shared), in the languages it is written and translated in. */
    private static final List<String> LITHUANIAN_PRACTICE = List.of(
            "Литовська модель підтримки військовослужбовців за стандартами НАТО",
            "Lithuania's support model for service members built to NATO standards",
            "Lietuvos karių paramos modelis pagal NATO standartus");

    private static Probe lithuanianPractice() {
        return new Probe(1L, "the Lithuanian practice, shared with partners", LITHUANIAN_PRACTICE);
    }

    private static Probe internalPolishPractice() {
        return new Probe(2L, "a practice prepared for Poland, internal",
                List.of("Реабілітація ветеранів у громадах Луганщини, що працюють в евакуації"));
    }

    private static Probe polishPractice() {
        return new Probe(polishPractice, "a Polish practice, shared with partners", List.of(polishPracticeTitle()));
    }

    private static Probe iomPractice() {
        return new Probe(iomPractice, "the IOM mission's practice, shared with partners",
                List.of(iomPracticeTitle()));
    }

    private static String polishPracticeTitle() {
        return CREATED + ": польська практика";
    }

    private static String iomPracticeTitle() {
        return CREATED + ": практика місії МОМ";
    }

    /** A practice shared with partners, recorded by the officer (issue 22), from a visit when given. */
    private static long practice(ApplicationContext context, String title, String country, Long organisation,
                                 Long meeting, Long document, Long visit) {
        try (var ignored = SignedIn.as("officer")) {
            return context.getBean(PracticeService.class).create(new PracticeChanges(null, 0, title, null,
                    PracticeDirection.LEARNT, country, organisation, Set.of(CooperationArea.SOCIAL_SUPPORT),
                    Set.of(), meeting, document, visit, CREATED + ": внутрішня нотатка практики", true), UK).id();
        }
    }

    /** An open proposal of the liaison's country, made by her, for a day long after every other test's windows. */
    private static Map<String, Long> decisions(ApplicationContext context, Created c) {
        var service = context.getBean(ua.cooperation.portal.meeting.DecisionService.class);
        var ids = new LinkedHashMap<String, Long>();
        try (var ignored = SignedIn.as("officer")) {
            ids.put(DECISION_PL, decide(service, c.polishMeeting(), DECISION_PL));
            ids.put(DECISION_PL_INTERNAL, decide(service, c.polishInternalMeeting(), DECISION_PL_INTERNAL));
            ids.put(DECISION_IOM, decide(service, 3L, DECISION_IOM));
            ids.put(DECISION_IOM_INTERNAL, decide(service, c.iomInternalMeeting(), DECISION_IOM_INTERNAL));
        }
        return ids;
    }

    private static long decide(ua.cooperation.portal.meeting.DecisionService service, long meetingId, String text) {
        return service.saveDecision(meetingId, new ua.cooperation.portal.meeting.DecisionChanges(null, 0, text,
                java.time.LocalDate.of(2031, 5, 5), null)).id();
    }

    /** The decisions (the register): the demo's decision 1 is of the Lithuanian meeting shared with partners. */
    private static Kind decisionKind(String country) {
        var lithuanian = new Probe(1L, "a decision of a Lithuanian meeting shared with partners");
        var polish = decisionProbe(DECISION_PL, "a decision of a Polish meeting shared with partners");
        var polishInternal = decisionProbe(DECISION_PL_INTERNAL, "a decision of an internal Polish meeting");
        var iom = decisionProbe(DECISION_IOM, "a decision of the call with the IOM mission (UA), shared with it");
        var iomInternal = decisionProbe(DECISION_IOM_INTERNAL, "a decision of an internal meeting naming the mission");
        return switch (country) {
            case LITHUANIA -> new Kind(List.of(polish, polishInternal, iom, iomInternal), 1L, MISSING);
            case POLAND -> new Kind(List.of(lithuanian, polishInternal, iom, iomInternal), decisions.get(DECISION_PL),
                    MISSING, List.of(DECISION_PL));
            default -> new Kind(List.of(lithuanian, polish, polishInternal, iomInternal), decisions.get(DECISION_IOM),
                    MISSING, List.of(DECISION_IOM));
        };
    }

    private static Probe decisionProbe(String text, String what) {
        return new Probe(decisions.get(text), what, List.of(text));
    }

    private static long proposal(ApplicationContext context, String liaison, String title) {
        var start = Instant.parse("2031-05-05T07:00:00Z");
        try (var ignored = SignedIn.as(liaison)) {
            return context.getBean(ProposalService.class).propose(new ProposalChanges(MeetingType.WORKING_VISIT,
                    title, null, List.of(new DateOption(start, start.plus(2, ChronoUnit.HOURS))), "Дніпро", null,
                    null, null)).id();
        }
    }

    private static String lithuanianProposalTitle() {
        return CREATED + ": литовська пропозиція зустрічі";
    }

    private static String iomProposalTitle() {
        return CREATED + ": пропозиція зустрічі від МОМ";
    }

    /** The IOM guest's proposal, made for her organisation: out of every liaison's scope. */
    private static Probe iomProposal() {
        return new Probe(iomProposal, "the IOM guest's proposal", List.of(iomProposalTitle()));
    }

    private static String polishProposalTitle() {
        return CREATED + ": польська пропозиція зустрічі";
    }

    private static long upload(DocumentService documents, long partnership, boolean shared, String title) {
        return upload(documents, DocumentOwnerKind.PARTNERSHIP, partnership, shared, title);
    }

    private static long upload(DocumentService documents, DocumentOwnerKind ownerKind, long owner, boolean shared,
                               String title) {
        var fullTitle = "Access matrix: " + title;
        long id = documents.upload(new NewDocument(ownerKind, owner, DocumentType.REPORT,
                "uk", fullTitle, shared, "access-matrix.pdf"), TestFiles.PDF).id();
        DOCUMENT_TITLES.put(id, fullTitle);
        return id;
    }

    private static long comment(CommentService comments, long meeting, String what, boolean staffOnly) {
        return comments.add(ua.cooperation.portal.translation.TextOwnerKind.MEETING, meeting, commentText(what),
                staffOnly).id();
    }

    private static Probe document(long id, String what) {
        return new Probe(id, what, List.of(documentTitle(id)));
    }

    /** The title a fixture document was uploaded with. */
    private static String documentTitle(long id) {
        return DOCUMENT_TITLES.get(id);
    }

    /** A programme of Switzerland (IOM's seat), shared with partners, that the IOM mission implements; no partnership. */
    private static ProgrammeChanges iomProgramme() {
        return new ProgrammeChanges(null, 0, "UA-ACCESS-IOM-" + System.nanoTime(), iomProgrammeTitle(), null,
                ActivityStatus.PIPELINE, LocalDate.of(2031, 6, 1), LocalDate.of(2031, 8, 31), null, null,
                Set.of("CH"), Set.of(TargetGroup.DISPLACED_PERSONS), Set.of(SupportArea.SOCIAL_GUARANTEES), Set.of(),
                List.of(new ProgrammeChanges.SectorShare(Sector.BASIC_HEALTH_CARE, 100)),
                List.of(new ProgrammeChanges.Participant(SignedIn.IOM_MISSION, OrganisationRole.IMPLEMENTING)),
                null, null, null, null, List.of(), List.of(), List.of(), true);
    }

    private static String iomProgrammeTitle() {
        return CREATED + ": програма, яку виконує МОМ";
    }

    private static String iomInternalMeetingTitle() {
        return CREATED + ": внутрішня нарада щодо МОМ";
    }

    private static String iomItemTitle() {
        return CREATED + ": доручення гості з МОМ";
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
