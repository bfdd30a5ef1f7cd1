package ua.cooperation.portal.export;

import ua.cooperation.portal.base.PortalTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The country briefing pack read back with PDFBox's own text extraction: the text is real, selectable text in the
 * reader's language with every Ukrainian and Lithuanian letter intact, and a liaison's pack holds only what the
 * liaison may see.
 */
@IntegrationTest
class CountryBriefingTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale LT = Locale.forLanguageTag("lt");
    /** Ukrainian letters that fonts without full Cyrillic coverage lose. */
    private static final String UKRAINIAN = "Ґанок і їжа: єдність ҐІЇЄ";
    private static final String LITHUANIAN = "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ";
    private static final String MEETING = "Брифінг-тест: " + UKRAINIAN;
    private static final String DECISION = "Sprendimas: " + LITHUANIAN;
    private static final String ACTION_ITEM = "Підготувати ґрунт — " + LITHUANIAN;
    private static final String INTERNAL_NOTE = "Внутрішня нотатка брифінгу 7731";
    private static final String INTERNAL_MEETING = "Внутрішня нарада брифінгу 7732";

    @Autowired
    CountryBriefing briefing;
    @Autowired
    SecurityAuditLog auditLog;

    /** The records are made once, by whichever test runs first (the tests share one database). */
    private static boolean recorded;

    /** A shared Lithuanian meeting that has just taken place, with a decision and an open item; and an internal one. */
    private void record(MeetingService meetings) {
        synchronized (CountryBriefingTest.class) {
            if (recorded) {
                return;
            }
            try (var ignored = as("officer")) {
                var start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
                var id = meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, MEETING, start,
                        start.plus(1, ChronoUnit.HOURS), "Вільнюс", null, Set.of("LT"), Set.of(), Set.of(), Set.of(),
                        null, null, INTERNAL_NOTE, true), UK).id();
                var decision = decisionService.saveDecision(id, new DecisionChanges(null, 0, DECISION,
                        LocalDate.now(PortalTime.ZONE), null));
                actionItemService.saveActionItem(new ActionItemChanges(null, 0, id, decision.id(), ACTION_ITEM,
                        SignedIn.demoUser("officer").id(), null, LocalDate.now(PortalTime.ZONE).plusDays(9),
                        ActionItemStatus.OPEN, null, null, "LT"), UK);
                meetings.create(new MeetingChanges(null, 0, MeetingType.VIDEO_CALL, INTERNAL_MEETING,
                        start.minus(1, ChronoUnit.HOURS), start.minus(30, ChronoUnit.MINUTES), null, null,
                        Set.of("LT"), Set.of(), Set.of(), Set.of(), null, null, null, false), UK);
            }
            recorded = true;
        }
    }

    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisionService;
    @Autowired
    ActionItemService actionItemService;
    @Test
    void an_officers_pack_in_ukrainian_has_every_section_and_keeps_the_ukrainian_letters() throws IOException {
        record(meetings);
        String text;
        try (var ignored = as("officer")) {
            text = textOf(briefing.pdfOf("LT", UK));
        }
        assertThat(text).contains("Довідка про країну: Литва", "Хто зараз обіймає посади", "Чинні партнерства",
                "Програми", "Останні зустрічі та їхні рішення", "Відкриті доручення", "Найближчі дати");
        assertThat(text).contains(MEETING, DECISION, ACTION_ITEM);
        // the demo programme of Lithuania with its budget and results; the officer also sees the internal one
        assertThat(text).contains("UA-OBL-LUH-2025-001", "Оздоровлення дітей із Луганщини в Друскінінкаї",
                "UA-OBL-LUH-2026-003", INTERNAL_MEETING);
        assertThat(text).containsPattern("Бюджет: 120[\\s\\u00a0\\u202f]000 EUR");
        assertThat(text).contains("Діти, які пройшли оздоровлення");
        // the item due in nine days is among the coming dates
        assertThat(text).contains("Термін доручення: " + ACTION_ITEM);
        // internal notes never leave the portal in a pack, not even an officer's
        assertThat(text).doesNotContain(INTERNAL_NOTE);
        // no other country's records
        assertThat(text).doesNotContain("UA-OBL-LUH-2025-002", "Психологічна підтримка родин військовослужбовців");
    }

    @Test
    void a_liaisons_pack_in_lithuanian_holds_only_what_she_may_see_with_the_lithuanian_letters() throws IOException {
        record(meetings);
        String text;
        try (var ignored = as("liaison-lt")) {
            text = textOf(briefing.pdfOf("LT", LT));
        }
        assertThat(text).contains("Šalies apžvalga: Lietuva", "Dabartiniai pareigų ėjėjai",
                "Paskutiniai susitikimai ir jų sprendimai", "Atviri pavedimai", "Artėjančios datos");
        assertThat(text).contains(DECISION, ACTION_ITEM, MEETING);
        assertThat(text).contains("UA-OBL-LUH-2025-001", "Luhansko srities vaikų poilsis Druskininkuose");
        // neither the internal Lithuanian records nor anything Polish, nor internal notes
        assertThat(text).doesNotContain("UA-OBL-LUH-2026-003", "Співпраця шкіл Старобільської громади та Алітуса",
                INTERNAL_MEETING, INTERNAL_NOTE, "UA-OBL-LUH-2025-002", "Lublin", "Polska", "Lenkija");
    }

    @Test
    void the_pack_reads_in_english_too() throws IOException {
        record(meetings);
        try (var ignored = as("head")) {
            var text = textOf(briefing.pdfOf("LT", EN));
            assertThat(text).contains("Country briefing: Lithuania", "Current holders of posts",
                    "Active partnerships", "Last meetings and their decisions", "Open action items", "Coming dates",
                    "Recreation of children from Luhansk oblast in Druskininkai", DECISION);
        }
    }

    /** Issue 22: the pack lists the country's practices the reader may see, titles in her language. */
    @Test
    void the_pack_lists_the_countrys_practices_in_the_readers_language() throws IOException {
        try (var ignored = as("liaison-lt")) {
            var text = textOf(briefing.pdfOf("LT", LT));
            assertThat(text).contains("Praktikos", "Lietuvos karių paramos modelis pagal NATO standartus",
                    "Išnagrinėta");
        }
        try (var ignored = as("officer")) {
            var text = textOf(briefing.pdfOf("LT", UK));
            assertThat(text).contains("Практики", "Литовська модель підтримки військовослужбовців за стандартами НАТО",
                    "Вивчено");
            assertThat(textOf(briefing.pdfOf("LT", EN)))
                    .contains("Practices", "Lithuania's support model for service members built to NATO standards");
        }
        try (var ignored = as("liaison-pl")) {
            // Poland's practice is not shared with partners: its pack says there are none
            assertThat(textOf(briefing.pdfOf("PL", EN))).doesNotContain("Реабілітація ветеранів");
        }
    }

    /** Issue 22: the pack lists the country's visits the reader may see, newest first, with city and host. */
    @Test
    void the_pack_lists_the_countrys_visits_the_reader_may_see() throws IOException {
        var vilnius = "Робочий візит делегації Міноборони та Генштабу ЗСУ до Литви";
        var kyiv = "Візит литовської делегації до Луганської ОВА";
        try (var ignored = as("officer")) {
            var text = textOf(briefing.pdfOf("LT", UK));
            assertThat(text).contains("Візити делегацій", vilnius, "Вільнюс",
                    "Міністерство національної оборони Литовської Республіки", "Вихідний");
            // newest first: the December 2026 visit to Kyiv before the April 2025 visit to Vilnius
            assertThat(text.indexOf(kyiv)).isBetween(0, text.indexOf(vilnius));
            assertThat(textOf(briefing.pdfOf("LT", EN))).contains("Visits of delegations", "Outgoing");
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(textOf(briefing.pdfOf("LT", LT))).contains("Delegacijų vizitai", vilnius, "Вільнюс");
        }
        try (var ignored = as("liaison-pl")) {
            var text = textOf(briefing.pdfOf("PL", Locale.forLanguageTag("pl")));
            assertThat(text).contains("Wizyty delegacji").doesNotContain(vilnius, kyiv, "Вільнюс");
        }
    }

    @Test
    void the_text_is_real_text_in_an_embedded_font() throws IOException {
        try (var ignored = as("officer"); var pdf = Loader.loadPDF(briefing.pdfOf("LT", UK))) {
            var fonts = new ArrayList<PDFont>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName).allMatch(n -> n.contains("DejaVuSans"));
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("uk");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Довідка про країну: Литва");
        }
    }

    @Test
    void another_countrys_pack_answers_like_a_missing_country_and_every_pack_is_logged() {
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> briefing.pdfOf("PL", LT)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> briefing.pdfOf("XX", LT)).isInstanceOf(RecordNotFoundException.class);
            briefing.pdfOf("LT", LT);
            assertThat(CountryBriefing.fileName("LT", LocalDate.of(2026, 12, 2)))
                    .isEqualTo("briefing-LT-2026-12-02.pdf");
        }
        try (var ignored = as("admin")) {
            assertThat(auditLog.findByUsername("liaison-lt")).filteredOn(e -> e.getType() == SecurityEventType.EXPORT)
                    .extracting(SecurityEvent::getDetail).contains("country briefing LT pdf (lt)")
                    .noneMatch(d -> d.contains("briefing PL"));
        }
    }

    private static String textOf(byte[] bytes) throws IOException {
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var pdf = Loader.loadPDF(bytes)) {
            // lines are wrapped at spaces: joined again, the sentences read as written
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
