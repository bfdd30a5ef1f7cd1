package ua.cooperation.portal.security.input;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import org.springframework.data.domain.PageRequest;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.proposal.ProposalFilter;
import ua.cooperation.portal.proposal.ProposalService;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.document.DocumentItem;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.TestFiles;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile input of {@link HostileInputTest} in every text field of the small dialogs and create dialogs: a
 * meeting's decision, action item and action-item progress, a partnership's status note, a document's title, a new
 * organisation and a new person. Each value is stored and shown back exactly (surrounding spaces trimmed on purpose),
 * or refused with a message at that field while everything else the user typed stays in the dialog and nothing is
 * stored; never an error, never a message away from the field.
 */
class DialogHostileInputTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    /** Key of the number of stored records in a {@link Case#stored} map (not a field). */
    private static final String RECORDS = "(records)";

    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisionService;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    DocumentService documents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PersonService people;
    @Autowired
    ProposalService proposals;
    @Autowired
    ua.cooperation.portal.practice.PracticeService practices;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * One dialog: how to open it ready to save (other required fields filled), its save button, the component that
     * holds its fields, the stored values of its fields afterwards (by field id), and the button that confirms a
     * save despite likely duplicates, if it has one.
     */
    private record Case(String name, Runnable open, String saveId, Supplier<Component> container,
                        Supplier<Map<String, String>> stored, String saveAnywayId) {
    }

    @Test
    void every_text_field_of_every_dialog_stores_hostile_input_exactly_or_refuses_it_at_the_field() {
        signInAs("officer");
        assertThat(problemsOf(cases())).isEmpty();
    }

    /** A partner's dialog (issue 21): a liaison proposes a meeting; each value stored exactly or refused at its field. */
    @Test
    void every_text_field_of_the_partners_proposal_dialog_stores_hostile_input_exactly_or_refuses_it_at_the_field() {
        signInAs("liaison-lt");
        assertThat(problemsOf(List.of(proposalCase()))).isEmpty();
    }

    private List<String> problemsOf(List<Case> cases) {
        var problems = new ArrayList<String>();
        for (var c : cases) {
            c.open().run();
            var fieldIds = new ArrayList<>(textValues(c.container().get()).keySet());
            assertThat(fieldIds).as("text fields of " + c.name()).isNotEmpty();
            for (var fieldId : fieldIds) {
                for (var hostile : HostileInputTest.HOSTILE.entrySet()) {
                    String problem;
                    try {
                        problem = tryValue(c, fieldId, hostile.getValue());
                    } catch (RuntimeException e) {
                        problem = "threw " + e;
                    }
                    if (problem != null) {
                        problems.add(c.name() + " #" + fieldId + " with " + hostile.getKey() + ": " + problem);
                    }
                }
            }
        }
        return problems;
    }

    /** The liaison's "Propose a meeting": the stored values are those of her newest proposal. */
    private Case proposalCase() {
        return new Case("new proposal", () -> {
            navigate("proposals");
            _click(_get(Button.class, spec -> spec.withId("proposals-new")));
            _get(Select.class, spec -> spec.withId("proposal-kind")).setValue(MeetingType.WORKING_VISIT);
            textField("proposal-title").setValue("Ворожа пропозиція " + System.nanoTime());
            _get(DateTimePicker.class, spec -> spec.withId("proposal-option-1-start"))
                    .setValue(LocalDateTime.now(PortalTime.ZONE).plusDays(60).withNano(0).withSecond(0));
            textField("proposal-place").setValue("Дніпро");
        }, "proposal-create", DialogHostileInputTest::requireDialog, () -> {
            var values = new LinkedHashMap<String, String>();
            values.put(RECORDS, Long.toString(proposals.countVisible(ProposalFilter.none())));
            var newest = proposals.findVisible(ProposalFilter.none(), PageRequest.of(0, 1));
            if (!newest.isEmpty()) {
                var p = proposals.findVisibleById(newest.getFirst().id()).orElseThrow();
                values.put("proposal-title", p.title());
                values.put("proposal-description", orEmpty(p.description()));
                values.put("proposal-place", orEmpty(p.place()));
                values.put("proposal-online-link", orEmpty(p.onlineLink()));
                values.put("proposal-participants", orEmpty(p.participants()));
            }
            return values;
        }, null);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private String tryValue(Case c, String fieldId, String value) {
        var storedBefore = c.stored().get();
        c.open().run();
        var container = c.container().get();
        var typed = textValues(container);
        field(container, fieldId).setValue(value);
        try {
            _click(_get(Button.class, spec -> spec.withId(c.saveId())));
        } catch (RuntimeException e) {
            return "saving threw " + e;
        }
        var page = describeCurrentPage();
        if (page.contains("not-found") || page.toLowerCase().contains("error")) {
            return "the save ended on " + page;
        }
        var invalid = invalidFields();
        if (invalid.contains(fieldId)) {
            var message = ((HasValidation) field(container, fieldId)).getErrorMessage();
            if (message == null || message.isBlank()) {
                return "refused without a message";
            }
            var kept = textValues(container);
            kept.remove(fieldId);
            typed.remove(fieldId);
            if (!kept.equals(typed)) {
                return "refused, and other fields lost what was typed: " + diff(typed, kept);
            }
            var storedAfter = c.stored().get();
            // a new record's dialog: nothing was created; an existing record's: it stayed as it was
            boolean unchanged = storedBefore.containsKey(RECORDS)
                    ? storedBefore.get(RECORDS).equals(storedAfter.get(RECORDS)) : storedAfter.equals(storedBefore);
            return unchanged ? null : "refused, but something was stored: " + diff(storedBefore, storedAfter);
        }
        if (!invalid.isEmpty()) {
            return "another field was marked: " + invalid;
        }
        if (c.saveAnywayId() != null) {
            _find(Button.class, spec -> spec.withId(c.saveAnywayId())).stream().filter(Component::isVisible)
                    .findFirst().ifPresent(button -> _click(button));
        }
        if (openDialog().isPresent() && openDialog().get() == container) {
            return "neither stored nor refused at a field (the dialog stays open)";
        }
        var stored = c.stored().get();
        var shown = stored.get(fieldId);
        if (!value.strip().equals(shown)) {
            return "neither refused nor stored exactly: shown back as "
                    + (shown == null ? null : shown.length() > 60 ? shown.substring(0, 60) + "…(" + shown.length()
                    + ")" : shown);
        }
        // the other fields hold what was typed in them
        var others = new LinkedHashMap<>(stored);
        others.keySet().removeIf(key -> key.equals(fieldId) || key.equals(RECORDS) || !typed.containsKey(key));
        typed.remove(fieldId);
        typed.keySet().retainAll(others.keySet());
        var expected = new LinkedHashMap<String, String>();
        typed.forEach((key, text) -> expected.put(key, text.strip()));
        return others.equals(expected) ? null : "other fields changed: " + diff(expected, others);
    }

    // ------------------------------------------------------------------------------------------------- the dialogs

    private static final String PRACTICE_TITLE = "Ворожі дані в діалозі стану практики";

    /**
     * A practice set aside (issue 22): who decided and why. A practice moves only forward, so each try sets a new one
     * aside; what is stored is the latest setting aside among the practices of this test.
     */
    private Case practiceStepCase() {
        return new Case("practice status step", () -> {
            long practice = practices.create(new ua.cooperation.portal.practice.PracticeChanges(null, 0,
                    PRACTICE_TITLE, null, ua.cooperation.portal.practice.PracticeDirection.LEARNT, "LT", null,
                    java.util.Set.of(), java.util.Set.of(), null, null, null, null, false), UK).id();
            navigate("practices/" + practice);
            _click(_get(Button.class, spec -> spec.withId("practice-step")));
            @SuppressWarnings("unchecked")
            Select<Object> target = _get(Select.class, spec -> spec.withId("practice-status-target"));
            target.setValue(ua.cooperation.portal.practice.PracticeStatus.SET_ASIDE);
            _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("practice-status-reason"))
                    .setValue("Немає фінансування");
        }, "practice-status-save", DialogHostileInputTest::requireDialog, () -> {
            var rows = jdbc.queryForList("select c.decided_by, c.reason from practice_status_change c"
                    + " join practice p on p.id = c.practice_id where p.title = ? and c.to_status = 'SET_ASIDE'"
                    + " order by c.id desc", PRACTICE_TITLE);
            var values = new LinkedHashMap<String, String>();
            values.put(RECORDS, Integer.toString(rows.size()));
            values.put("practice-status-decided-by", rows.isEmpty() || rows.getFirst().get("decided_by") == null
                    ? "" : (String) rows.getFirst().get("decided_by"));
            values.put("practice-status-reason", rows.isEmpty() || rows.getFirst().get("reason") == null
                    ? "" : (String) rows.getFirst().get("reason"));
            return values;
        }, null);
    }

    private List<Case> cases() {
        long meeting = TestMeetings.newInternalMeeting(meetings, "Ворожі дані в діалогах");
        decisionService.saveDecision(meeting, new DecisionChanges(null, 0, "Рішення для перевірки", LocalDate.of(2025, 6, 2),
                null));
        long item = actionItemService.saveActionItem(new ActionItemChanges(null, 0, meeting, null, "Завдання для перевірки",
                2L, null, LocalDate.of(2026, 1, 1), ActionItemStatus.OPEN, null, null, null), UK).id();
        long partnership = partnerships.create(new PartnershipChanges(null, 0, "UA44100110000061602", 2L, null,
                PartnershipType.INFORMAL, java.util.Set.of(CooperationArea.CULTURE), null, null, null, null, false),
                UK).id();
        var meetingPage = "meetings/" + meeting;

        var cases = new ArrayList<Case>();
        Runnable decision = () -> {
            navigate(meetingPage);
            selectTab("meeting-tabs", "meeting-tab-decisions");
            _clickItem(grid("meeting-decisions-grid"), 0);
        };
        cases.add(new Case("decision", decision, "decision-save", DialogHostileInputTest::requireDialog,
                () -> reopened(decision), null));
        Runnable actionItem = () -> {
            navigate(meetingPage);
            selectTab("meeting-tabs", "meeting-tab-action-items");
            _click(cellButton("meeting-action-item-edit-" + item));
        };
        cases.add(new Case("action item", actionItem, "action-item-save", DialogHostileInputTest::requireDialog,
                () -> reopened(actionItem), null));
        Runnable progress = () -> {
            navigate(meetingPage);
            selectTab("meeting-tabs", "meeting-tab-action-items");
            _click(cellButton("meeting-action-item-progress-" + item));
        };
        cases.add(new Case("action-item progress", progress, "action-item-progress-save",
                DialogHostileInputTest::requireDialog, () -> reopened(progress), null));

        // a visit's logistics checklist item (issue 22), reopened for editing
        var visitService = applicationContext.getBean(ua.cooperation.portal.visit.VisitService.class);
        var checklist = applicationContext.getBean(ua.cooperation.portal.visit.VisitChecklistService.class);
        long visit = visitService.create(new ua.cooperation.portal.visit.VisitChanges(null, 0,
                ua.cooperation.portal.visit.VisitDirection.OUTGOING, "Ворожі дані у візиті", null, "LT", null, null,
                LocalDate.of(2032, 3, 1), LocalDate.of(2032, 3, 2), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), false, null, null), UK).id();
        checklist.saveItem(visit, new ua.cooperation.portal.visit.ChecklistItemChanges(null, 0, "Пункт для перевірки",
                ua.cooperation.portal.visit.ChecklistKind.OTHER, null, null, false));
        long checklistItem = checklist.checklistOf(visit).getFirst().id();
        Runnable checklistDialog = () -> {
            navigate("visits/" + visit);
            selectTab("visit-tabs", "visit-tab-logistics");
            var actions = _getCellComponent(grid("visit-checklist-grid"), 0, "actions");
            _click(_get(actions, Button.class, spec -> spec.withId("visit-checklist-edit-" + checklistItem)));
        };
        cases.add(new Case("visit checklist item", checklistDialog, "visit-checklist-save",
                DialogHostileInputTest::requireDialog, () -> reopened(checklistDialog), null));

        cases.add(new Case("partnership status note", () -> {
            navigate("partnerships/" + partnership);
            _click(_get(Button.class, spec -> spec.withId("partnership-move")));
            @SuppressWarnings("unchecked")
            Select<Object> target = _get(Select.class, spec -> spec.withId("partnership-status-target"));
            // back and forth between proposed and negotiating (never terminated: the list starts with those)
            target.setValue(target.getListDataView().getItems().findFirst().orElseThrow());
        }, "partnership-status-save", DialogHostileInputTest::requireDialog, () -> {
            var history = partnerships.statusHistoryOf(partnership);
            var values = new LinkedHashMap<String, String>();
            values.put(RECORDS, Integer.toString(history.size()));
            values.put("partnership-status-note", history.isEmpty() || history.getFirst().note() == null ? ""
                    : history.getFirst().note());
            return values;
        }, null));

        cases.add(practiceStepCase());

        cases.add(new Case("document title", () -> {
            navigate(meetingPage);
            selectTab("meeting-tabs", "meeting-tab-documents");
            _get(Select.class, spec -> spec.withId("meeting-document-type")).setValue(DocumentType.REPORT);
            _get(Select.class, spec -> spec.withId("meeting-document-language")).setValue("uk");
            _upload(_get(Upload.class, spec -> spec.withId("meeting-document-upload")), "report.pdf",
                    "application/pdf", TestFiles.PDF);
        }, "meeting-document-save", () -> _get(Component.class, spec -> spec.withId("meeting-document-add")), () -> {
            var list = documents.findFor(DocumentOwnerKind.MEETING, meeting).stream()
                    .sorted(Comparator.comparing(DocumentItem::id).reversed()).toList();
            var values = new LinkedHashMap<String, String>();
            values.put(RECORDS, Integer.toString(list.size()));
            values.put("meeting-document-title", list.isEmpty() ? "" : list.getFirst().title());
            return values;
        }, null));

        cases.add(new Case("new organisation", () -> {
            navigate("organisations");
            _click(_get(Button.class, spec -> spec.withId("organisations-new")));
            var unique = "Ворожа організація " + System.nanoTime();
            _get(Select.class, spec -> spec.withId("organisation-type")).setValue(OrganisationType.values()[0]);
            _get(ComboBox.class, spec -> spec.withId("organisation-country")).setValue("LT");
            textField("organisation-name-original").setValue(unique);
            textField("organisation-name-uk").setValue(unique + " (uk)");
            textField("organisation-name-en").setValue(unique + " (en)");
        }, "organisation-create-save", DialogHostileInputTest::requireDialog,
                () -> createdRecord(organisations.countVisible(OrganisationFilter.none()), "organisations/"),
                "organisation-create-save-anyway"));

        cases.add(new Case("new person", () -> {
            navigate("people");
            _click(_get(Button.class, spec -> spec.withId("people-new")));
            var unique = Long.toString(System.nanoTime(), 36);
            _get(ComboBox.class, spec -> spec.withId("person-country")).setValue("LT");
            textField("person-given-name").setValue("Ворожий " + unique);
            textField("person-family-name").setValue("Ввід " + unique);
        }, "person-create-save", DialogHostileInputTest::requireDialog,
                () -> createdRecord(people.countVisible(new PersonFilter(null, null)), "people/"),
                "person-create-save-anyway"));
        return cases;
    }

    /** The stored values of an edit dialog: the dialog opened again for the same record. */
    private static Map<String, String> reopened(Runnable open) {
        open.run();
        var values = textValues(requireDialog());
        closeDialogs();
        return values;
    }

    /** After a create dialog: the new record's page (the form there has the same field ids) and the record count. */
    private static Map<String, String> createdRecord(long count, String routePrefix) {
        var values = new LinkedHashMap<String, String>();
        values.put(RECORDS, Long.toString(count));
        var location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        if (location.startsWith(routePrefix) && openDialog().isEmpty()) {
            values.putAll(textValues(UI.getCurrent()));
        }
        return values;
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static void navigate(String route) {
        closeDialogs();
        UI.getCurrent().navigate(route);
    }

    private static void closeDialogs() {
        _find(Dialog.class).stream().filter(Dialog::isOpened).forEach(Dialog::close);
    }

    private static java.util.Optional<Dialog> openDialog() {
        return _find(Dialog.class).stream().filter(Dialog::isOpened).findFirst();
    }

    private static Component requireDialog() {
        return openDialog().orElseThrow(() -> new AssertionError("no dialog is open"));
    }

    private static void selectTab(String sheetId, String tabId) {
        _get(TabSheet.class, spec -> spec.withId(sheetId)).setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    /** A button in the actions column of the meeting's (only) action item. */
    private static Button cellButton(String id) {
        var actions = _getCellComponent(grid("meeting-action-items-grid"), 0, "actions");
        return _get(actions, Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static TextFieldBase<?, String> textField(String id) {
        return field(UI.getCurrent(), id);
    }

    @SuppressWarnings("unchecked")
    private static TextFieldBase<?, String> field(Component container, String id) {
        return textFields(container).stream().filter(f -> f.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no text field " + id));
    }

    /** The free-text fields inside {@code container} that the user can type in. */
    @SuppressWarnings("unchecked")
    private static List<TextFieldBase<?, String>> textFields(Component container) {
        var fields = new ArrayList<TextFieldBase<?, String>>();
        for (var type : List.of(TextField.class, TextArea.class, EmailField.class)) {
            for (var f : _find(container, type)) {
                var field = (TextFieldBase<?, String>) (TextFieldBase<?, ?>) f;
                if (!field.isReadOnly() && field.isEnabled() && field.isVisible() && field.getId().isPresent()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Map<String, String> textValues(Component container) {
        var values = new LinkedHashMap<String, String>();
        for (var field : textFields(container)) {
            values.put(field.getId().orElseThrow(), field.getValue());
        }
        return values;
    }

    private static List<String> invalidFields() {
        var ids = new ArrayList<String>();
        for (Component c : _find(Component.class)) {
            if (c instanceof HasValidation v && v.isInvalid()) {
                c.getId().ifPresent(ids::add);
            }
        }
        return ids;
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        var changed = new ArrayList<String>();
        var keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (var key : keys) {
            if (!java.util.Objects.equals(before.get(key), after.get(key))) {
                var a = String.valueOf(after.get(key));
                changed.add(key + "=" + (a.length() > 40 ? a.substring(0, 40) + "…" : a));
            }
        }
        return changed.toString();
    }
}
