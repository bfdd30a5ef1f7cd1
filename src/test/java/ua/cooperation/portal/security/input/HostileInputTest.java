package ua.cooperation.portal.security.input;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.document.DocumentItem;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentRefusedException;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.meeting.AgendaPointService;
import ua.cooperation.portal.meeting.AttendanceService;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.security.GuestInvitation;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserAdministration;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.testsupport.TestFiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input in every text field of every edit form: each value is either stored and shown back exactly (leading
 * and trailing spaces excepted: the portal trims them on purpose), or refused with a message at that field while the
 * stored record stays as it was; never an error page, never a message without a field.
 */
class HostileInputTest extends KaribuTest {

    static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("very long text", "Ї".repeat(5_000));
        HOSTILE.put("control characters", "a\u0000b\u0007c\u001Bd");
        HOSTILE.put("right-to-left text", "שלום עולם مرحبا بالعالم");
        HOSTILE.put("mixed directions", "Druskininkai ‫שלום‬ 2026 مرحبا");
        HOSTILE.put("combining characters", "Ї = Ї, é, ö́, ঙ্");
        HOSTILE.put("emoji", "👩‍⚕️ Допомога 🇺🇦");
        HOSTILE.put("HTML", "<script>alert('x')</script><b>bold</b>");
        HOSTILE.put("SQL", "Robert'); DROP TABLE person;--");
        HOSTILE.put("template syntax", "${7*7} {{7*7}} #{7*7} {0} %s");
        HOSTILE.put("surrounding spaces", "   Київ   ");
        // spreadsheet formulas (OWASP "CSV injection"): stored exactly like any text; the exports write them so that
        // spreadsheets show them as text (FormulasInExportsTest, ADR 0037)
        HOSTILE.put("formula", "=1+2");
        HOSTILE.put("formula with a plus", "+1");
        HOSTILE.put("formula with a minus", "-1+2");
        HOSTILE.put("formula with an at", "@SUM(1)");
        HOSTILE.put("formula after a tab", "\t=1");
        HOSTILE.put("formula after a carriage return", "\r=1");
        HOSTILE.put("hyperlink formula", "=HYPERLINK(\"http://x\",\"y\")");
    }

    /** The edit forms: the page that holds one and the id of its save button. */
    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("countries/LT", "country-save"),
            Map.entry("organisations/2", "organisation-save"),
            Map.entry("people/1", "person-save"),
            Map.entry("municipalities/2", "municipality-save"),
            Map.entry("partnerships/1", "partnership-save"),
            Map.entry("programmes/3", "programme-save"),
            Map.entry("meetings/2", "meeting-save"),
            Map.entry("practices/2", "practice-save"),
            Map.entry("visits/2", "visit-save"),
            // a translation is a form of its own: the same limits and handling in every language
            Map.entry("translations/meeting/2", "translation-save"),
            Map.entry("translations/decision/1", "translation-save"));

    @Test
    void every_text_field_of_every_form_stores_hostile_input_exactly_or_refuses_it_at_the_field() {
        signInAs("officer");
        var problems = new ArrayList<String>();
        for (var form : FORMS.entrySet()) {
            for (var fieldId : editableTextFields(form.getKey(), form.getValue())) {
                for (var hostile : HOSTILE.entrySet()) {
                    var problem = tryValue(form.getKey(), form.getValue(), fieldId, hostile.getValue());
                    if (problem != null) {
                        problems.add(form.getKey() + " #" + fieldId + " with " + hostile.getKey() + ": " + problem);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A partner's comment (issue 21) with each hostile text: a new comment shows it back exactly as plain text (its
     * surrounding spaces trimmed), or the field refuses it with a message and no comment is added. Written by the
     * Polish liaison under her country's shared partnership, so the partner write gate is passed too.
     */
    @Test
    void a_partners_comment_with_hostile_text_is_shown_back_as_plain_text_or_refused_at_the_field() {
        signInAs("liaison-pl");
        var problems = new ArrayList<String>();
        for (var hostile : HOSTILE.entrySet()) {
            UI.getCurrent().navigate("partnerships/2");
            var tabs = _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("partnership-tabs"));
            tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class,
                    spec -> spec.withId("partnership-tab-comments")));
            var before = newestCommentId();
            var body = _get(TextArea.class, spec -> spec.withId("comment-body"));
            body.setValue(hostile.getValue());
            try {
                _click(_get(Button.class, spec -> spec.withId("comment-add")));
            } catch (RuntimeException e) {
                problems.add(hostile.getKey() + ": adding threw " + e);
                continue;
            }
            var after = commentTexts();
            if (body.isInvalid()) {
                if (body.getErrorMessage() == null || body.getErrorMessage().isBlank()) {
                    problems.add(hostile.getKey() + ": refused without a message");
                } else if (newestCommentId() != before) {
                    problems.add(hostile.getKey() + ": refused, but a comment was added");
                }
            } else if (newestCommentId() <= before || !after.getLast().equals(hostile.getValue().strip())) {
                problems.add(hostile.getKey() + ": neither refused nor shown back exactly");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static long newestCommentId() {
        return _find(com.vaadin.flow.component.html.Div.class).stream().map(d -> d.getId().orElse(""))
                .filter(id -> id.matches("comment-\\d+")).mapToLong(id -> Long.parseLong(id.substring(8))).max()
                .orElse(0);
    }

    /** The texts of the comments shown, oldest first, as the page holds them (plain text, never markup). */
    private static List<String> commentTexts() {
        return _find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .filter(p -> p.getClassNames().contains("portal-comment-body"))
                .map(com.vaadin.flow.component.html.Paragraph::getText).toList();
    }

    /**
     * The partners' own writes on a meeting page (issue 21): an agenda point as the Lithuanian liaison, an attendance
     * note as the Polish one (two accounts, so that the test stays well below a partner's write limit).
     */
    @Test
    void partner_writes_on_a_meeting_store_hostile_input_exactly_or_refuse_it_at_the_field() {
        var problems = new ArrayList<String>();
        long lithuanian = upcomingMeeting("LT", 4L);
        long polish = upcomingMeeting("PL", 5L);
        var agenda = applicationContext.getBean(AgendaPointService.class);
        var attendance = applicationContext.getBean(AttendanceService.class);
        signInAs("liaison-lt");
        for (var hostile : HOSTILE.entrySet()) {
            openMeetingTab(lithuanian, "meeting-tab-agenda-points");
            int before = agenda.agendaPointsOf(lithuanian).points().size();
            field("agenda-point-text").setValue(hostile.getValue());
            _click(_get(Button.class, spec -> spec.withId("agenda-point-add")));
            var points = agenda.agendaPointsOf(lithuanian).points();
            var problem = partnerWrite("agenda-point-text", hostile.getValue(), points.size() - before,
                    points.isEmpty() ? null : points.getLast().text());
            if (problem != null) {
                problems.add("agenda point with " + hostile.getKey() + ": " + problem);
            }
        }
        signInAs("liaison-pl");
        boolean maybe = true;
        for (var hostile : HOSTILE.entrySet()) {
            openMeetingTab(polish, "meeting-tab-attendance");
            var before = attendance.attendanceOf(polish).mine();
            field("attendance-note").setValue(hostile.getValue());
            // yes and maybe by turns, so that each stored answer differs from the one before
            var answer = maybe ? "attendance-maybe" : "attendance-yes";
            maybe = !maybe;
            _click(_get(Button.class, spec -> spec.withId(answer)));
            var after = attendance.attendanceOf(polish).mine();
            var problem = partnerWrite("attendance-note", hostile.getValue(), after.equals(before) ? 0 : 1,
                    after.note() == null ? "" : after.note());
            if (problem != null) {
                problems.add("attendance note with " + hostile.getKey() + ": " + problem);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A shared upcoming meeting of {@code country} (2031, outside every other test's window) with one invitee. */
    private long upcomingMeeting(String country, long invitee) {
        try (var ignored = SignedIn.as("officer")) {
            var start = java.time.Instant.parse("2031-10-06T07:00:00Z");
            return applicationContext.getBean(MeetingService.class).create(new MeetingChanges(null, 0,
                    MeetingType.EMBASSY_MEETING, "Ворожий ввід: " + country, start, start.plusSeconds(3600), null,
                    null, Set.of(country), Set.of(), Set.of(invitee), Set.of(), null, null, null, true),
                    java.util.Locale.forLanguageTag("uk")).id();
        }
    }

    private static void openMeetingTab(long meetingId, String tabId) {
        UI.getCurrent().navigate("meetings/" + meetingId);
        _get(TabSheet.class, spec -> spec.withId("meeting-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    /** Refused at the field with a message and nothing stored, or stored once, exactly (stripped). */
    private static String partnerWrite(String fieldId, String value, int stored, String storedText) {
        var page = describeCurrentPage();
        if (page.contains("not-found") || page.toLowerCase().contains("error")) {
            return "the write ended on " + page;
        }
        if (invalidFields().contains(fieldId)) {
            if (field(fieldId).getErrorMessage() == null || field(fieldId).getErrorMessage().isBlank()) {
                return "refused without a message";
            }
            return stored == 0 ? null : "refused, but something was stored";
        }
        if (stored != 1) {
            return "neither refused nor stored (" + stored + " stored)";
        }
        return value.strip().equals(storedText) ? null : "stored as "
                + (storedText.length() > 60 ? storedText.substring(0, 60) + "…(" + storedText.length() + ")" : storedText);
    }

    /**
     * A partner's writes (issue 21): the title of a document she proposes, and the reason an officer gives for
     * rejecting it, which she reads on her document's line. Each hostile value is stored exactly (trimmed) and shown as
     * text, or refused at its field with nothing stored. A guest account of its own keeps the partners' write limit
     * out of the way.
     */
    @Test
    void a_partners_document_title_and_the_reason_of_its_rejection_store_hostile_input_or_refuse_it_at_the_field() {
        var documents = applicationContext.getBean(DocumentService.class);
        var partner = newLithuanianGuest();
        long meeting = newLithuanianMeeting();
        var problems = new ArrayList<String>();
        Long markup = null;
        for (var hostile : HOSTILE.entrySet()) {
            var value = hostile.getValue();
            DocumentItem proposed;
            try (var ignored = SignedIn.with(SignedIn.authenticationOf(partner))) {
                try {
                    proposed = documents.upload(new NewDocument(DocumentOwnerKind.MEETING, meeting,
                            DocumentType.REPORT, "lt", value, true, "hostile.pdf"), TestFiles.PDF);
                } catch (ConstraintViolationException e) {
                    if (e.getConstraintViolations().stream()
                            .noneMatch(v -> v.getPropertyPath().toString().equals("title"))) {
                        problems.add("title with " + hostile.getKey() + ": refused elsewhere: " + e.getMessage());
                    }
                    continue;
                }
                if (!proposed.title().equals(value.strip())) {
                    problems.add("title with " + hostile.getKey() + ": stored as " + proposed.title());
                }
            }
            try (var ignored = SignedIn.as("officer")) {
                try {
                    var rejected = documents.reject(proposed.id(), proposed.version(), value);
                    if (hostile.getKey().equals("HTML")) {
                        markup = rejected.id();
                    }
                    if (!value.strip().equals(rejected.rejectionReason())) {
                        problems.add("reason with " + hostile.getKey() + ": stored as " + rejected.rejectionReason());
                    }
                } catch (DocumentRefusedException e) {
                    if (!e.reason().field().equals("reason")) {
                        problems.add("reason with " + hostile.getKey() + ": refused as " + e.reason());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        // shown back as text on her line, never as markup
        assertThat(markup).isNotNull();
        signInWith(SignedIn.authenticationOf(partner), java.util.Locale.forLanguageTag("uk"));
        UI.getCurrent().navigate("test-documents/" + meeting);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<DocumentItem> grid = _get(com.vaadin.flow.component.grid.Grid.class);
        for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(grid); row++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._get(grid, row).id() == markup) {
                var status = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "status");
                assertThat(status.getElement().getText())
                        .isEqualTo("Відхилено: " + HOSTILE.get("HTML"));
                assertThat(status.getElement().getChildren()).as("text, no elements")
                        .allMatch(com.vaadin.flow.dom.Element::isTextNode);
            }
        }
    }

    private long newLithuanianMeeting() {
        var start = java.time.Instant.parse("2025-11-03T08:00:00Z");
        try (var ignored = SignedIn.as("officer")) {
            return applicationContext.getBean(ua.cooperation.portal.meeting.MeetingService.class).create(
                    new ua.cooperation.portal.meeting.MeetingChanges(null, 0,
                            ua.cooperation.portal.meeting.MeetingType.EMBASSY_MEETING, "Ворожі документи партнерів",
                            start, start.plusSeconds(3600), "Київ", null, Set.of("LT"), Set.of(), Set.of(), Set.of(),
                            null, null, null, true), java.util.Locale.forLanguageTag("uk")).id();
        }
    }

    private PortalUser newLithuanianGuest() {
        var users = applicationContext.getBean(UserAdministration.class);
        var username = "hostile-partner-" + System.nanoTime();
        long id;
        try (var ignored = SignedIn.as("admin")) {
            users.invite(new GuestInvitation(username, "Hostile Partner", null, Set.of("LT"),
                    LocalDate.now().plusDays(30)));
            id = users.find(username, 0, 1).getFirst().id();
        }
        return new PortalUser(id, username, "Hostile Partner", "", Set.of(Role.LIAISON), Set.of("LT"), true, true,
                true);
    }

    private static List<String> editableTextFields(String route, String saveId) {
        openForm(route, saveId);
        var ids = new ArrayList<String>();
        for (var field : textFields()) {
            if (!field.isReadOnly() && field.isEnabled() && field.getId().isPresent()) {
                ids.add((String) field.getId().get());
            }
        }
        assertThat(ids).as("text fields on " + route).isNotEmpty();
        return ids;
    }

    /**
     * Opens the page with its form: record pages that show their values as text until "Edit" is pressed (ADR 0028)
     * have a button {@code <kind>-edit} next to the {@code <kind>-save} of the form.
     */
    private static void openForm(String route, String saveId) {
        UI.getCurrent().navigate(route);
        var edit = _find(Button.class, spec -> spec.withId(saveId.replace("-save", "-edit")));
        if (!edit.isEmpty()) {
            _click(edit.getFirst());
        }
    }

    private static String tryValue(String route, String saveId, String fieldId, String value) {
        openForm(route, saveId);
        var before = values();
        var field = field(fieldId);
        field.setValue(value);
        try {
            _click(_get(Button.class, spec -> spec.withId(saveId)));
        } catch (RuntimeException e) {
            return "saving threw " + e;
        }
        var page = describeCurrentPage();
        if (page.contains("not-found") || page.toLowerCase().contains("error")) {
            return "the save ended on " + page;
        }
        var invalid = invalidFields();
        if (invalid.contains(fieldId)) {
            if (field(fieldId).getErrorMessage() == null || field(fieldId).getErrorMessage().isBlank()) {
                return "refused without a message";
            }
            openForm(route, saveId);
            var after = values();
            return after.equals(before) ? null : "refused, but the stored record changed: " + diff(before, after);
        }
        if (!invalid.isEmpty()) {
            return "another field was marked: " + invalid;
        }
        openForm(route, saveId);
        var shown = field(fieldId).getValue();
        var expected = value.strip();
        if (!expected.equals(shown)) {
            return "neither refused nor stored exactly: shown back as "
                    + (shown.length() > 60 ? shown.substring(0, 60) + "…(" + shown.length() + ")" : shown);
        }
        var others = values();
        others.remove(fieldId);
        before.remove(fieldId);
        return others.equals(before) ? null : "other fields changed: " + diff(before, others);
    }

    @SuppressWarnings("unchecked")
    private static TextFieldBase<?, String> field(String id) {
        return textFields().stream().filter(f -> f.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no text field " + id));
    }

    /**
     * The fields of the routed view that hold free text (number and date fields have their own parsers); not the
     * main layout's own fields, such as the global search box, which store nothing.
     */
    @SuppressWarnings("unchecked")
    private static List<TextFieldBase<?, String>> textFields() {
        var view = (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        var fields = new ArrayList<TextFieldBase<?, String>>();
        for (var type : List.of(com.vaadin.flow.component.textfield.TextField.class, TextArea.class,
                com.vaadin.flow.component.textfield.EmailField.class)) {
            for (var f : _find(view, type)) {
                fields.add((TextFieldBase<?, String>) (TextFieldBase<?, ?>) f);
            }
        }
        return fields;
    }

    private static Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        for (var field : textFields()) {
            field.getId().ifPresent(id -> values.put(id, field.getValue()));
        }
        return values;
    }

    private static List<String> invalidFields() {
        var ids = new ArrayList<String>();
        for (Component c : _find(Component.class)) {
            if (c instanceof com.vaadin.flow.component.HasValidation v && v.isInvalid()) {
                c.getId().ifPresent(ids::add);
            }
        }
        return ids;
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        var changed = new ArrayList<String>();
        for (var key : before.keySet()) {
            if (!before.get(key).equals(after.get(key))) {
                changed.add(key);
            }
        }
        return changed.toString();
    }

}
