package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.ShownFacts;
import ua.cooperation.portal.visit.ChecklistItemView;
import ua.cooperation.portal.visit.ChecklistKind;
import ua.cooperation.portal.visit.VisitChanges;
import ua.cooperation.portal.visit.VisitDirection;
import ua.cooperation.portal.visit.VisitListItem;
import ua.cooperation.portal.visit.VisitReportService;
import ua.cooperation.portal.visit.VisitService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Stories of visits on their pages: the officer plans one and records its outcome; a liaison reads a shared one. */
class VisitViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    VisitService visits;
    @Autowired
    VisitReportService reports;
    @Autowired
    PortalTime time;

    private static void openTab(String id) {
        _get(TabSheet.class, spec -> spec.withId("visit-tabs")).setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    @Test
    void officer_creates_a_visit_adds_a_checklist_item_and_records_an_outcome() {
        signInAs("officer");
        UI.getCurrent().navigate("visits");
        _click(_get(Button.class, spec -> spec.withId(VisitListView.ID_NEW)));
        @SuppressWarnings("unchecked")
        Select<VisitDirection> direction = _get(Select.class, spec -> spec.withId(VisitForm.ID_DIRECTION));
        direction.setValue(VisitDirection.OUTGOING);
        _get(TextField.class, spec -> spec.withId(VisitForm.ID_TITLE)).setValue("Вікна: візит до Алітуса");
        @SuppressWarnings("unchecked")
        ComboBox<String> host = _get(ComboBox.class, spec -> spec.withId(VisitForm.ID_HOST_COUNTRY));
        host.setValue("LT");
        _get(TextField.class, spec -> spec.withId(VisitForm.ID_CITY)).setValue("Алітус");
        var first = LocalDate.of(2031, 3, 10);
        _get(DatePicker.class, spec -> spec.withId(VisitForm.ID_STARTS_ON)).setValue(first);
        // more than 31 days: refused at the last day, nothing stored
        _get(DatePicker.class, spec -> spec.withId(VisitForm.ID_ENDS_ON)).setValue(first.plusDays(40));
        _click(_get(Button.class, spec -> spec.withId("visit-create")));
        assertThat(_get(DatePicker.class, spec -> spec.withId(VisitForm.ID_ENDS_ON)).isInvalid()).isTrue();
        _get(DatePicker.class, spec -> spec.withId(VisitForm.ID_ENDS_ON)).setValue(first.plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("visit-create")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("visits/");
        assertThat(_get(H2.class, spec -> spec.withId(VisitDetailsView.ID_TITLE)).getText())
                .isEqualTo("Вікна: візит до Алітуса");

        // a meeting on the programme outside the visit's days is refused at its start
        openTab("visit-tab-programme");
        _click(_get(Button.class, spec -> spec.withId(VisitProgrammeTab.ID_ADD)));
        _get(TextField.class, spec -> spec.withId(ProgrammeMeetingDialog.ID_TITLE)).setValue("Вікна: зустріч у мерії");
        _get(DateTimePicker.class, spec -> spec.withId(ProgrammeMeetingDialog.ID_START))
                .setValue(first.plusDays(5).atTime(10, 0));
        _get(DateTimePicker.class, spec -> spec.withId(ProgrammeMeetingDialog.ID_END))
                .setValue(first.plusDays(5).atTime(11, 0));
        _click(_get(Button.class, spec -> spec.withId(ProgrammeMeetingDialog.ID_SAVE)));
        assertThat(_get(DateTimePicker.class, spec -> spec.withId(ProgrammeMeetingDialog.ID_START)).isInvalid()).isTrue();
        _get(DateTimePicker.class, spec -> spec.withId(ProgrammeMeetingDialog.ID_START))
                .setValue(LocalDateTime.of(first.plusDays(1), java.time.LocalTime.of(10, 0)));
        _get(DateTimePicker.class, spec -> spec.withId(ProgrammeMeetingDialog.ID_END))
                .setValue(LocalDateTime.of(first.plusDays(1), java.time.LocalTime.of(11, 0)));
        _click(_get(Button.class, spec -> spec.withId(ProgrammeMeetingDialog.ID_SAVE)));
        assertThat(_find(Anchor.class, spec -> spec.withText("Вікна: зустріч у мерії"))).hasSize(1);

        // a checklist item past due
        openTab("visit-tab-logistics");
        _click(_get(Button.class, spec -> spec.withId(VisitChecklistTab.ID_NEW)));
        _get(TextField.class, spec -> spec.withId(ChecklistItemDialog.ID_TITLE)).setValue("Візи для делегації");
        @SuppressWarnings("unchecked")
        Select<ChecklistKind> kind = _get(Select.class, spec -> spec.withId(ChecklistItemDialog.ID_KIND));
        kind.setValue(ChecklistKind.VISA);
        _get(DatePicker.class, spec -> spec.withId(ChecklistItemDialog.ID_DUE)).setValue(time.today().minusDays(2));
        _click(_get(Button.class, spec -> spec.withId(ChecklistItemDialog.ID_SAVE)));
        @SuppressWarnings("unchecked")
        Grid<ChecklistItemView> checklist = _get(Grid.class, spec -> spec.withId(VisitChecklistTab.ID_GRID));
        assertThat(_size(checklist)).isEqualTo(1);
        var item = _get(checklist, 0);
        assertThat(item.overdue()).isTrue();
        var due = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(checklist, 0, "due");
        assertThat(_get(due, Span.class, spec -> spec.withId("visit-checklist-overdue-" + item.id())).getText())
                .isEqualTo("прострочено");

        // the report's first outcome: a decision, recorded on the report meeting
        openTab("visit-tab-report");
        _click(_get(Button.class, spec -> spec.withId(VisitReportTab.ID_NEW_DECISION)));
        _get(TextArea.class, spec -> spec.withId(OutcomeDialog.ID_TEXT)).setValue("Вивчити досвід Алітуса");
        _click(_get(Button.class, spec -> spec.withId(OutcomeDialog.ID_SAVE)));
        assertThat(_get(Anchor.class, spec -> spec.withId(VisitReportTab.ID_MEETING)).getHref()).startsWith("meetings/");
        assertThat(_find(Span.class, spec -> spec.withText("Вивчити досвід Алітуса"))).isNotEmpty();
        _click(_get(Button.class, spec -> spec.withId(VisitReportTab.ID_NEW_ITEM)));
        _get(TextField.class, spec -> spec.withId(OutcomeDialog.ID_TEXT)).setValue("Підготувати довідку");
        @SuppressWarnings("unchecked")
        ComboBox<Object> owner = _get(ComboBox.class, spec -> spec.withId(OutcomeDialog.ID_OWNER));
        owner.setValue(new Choice(2, "Ірина Коваленко"));
        _get(DatePicker.class, spec -> spec.withId(OutcomeDialog.ID_DATE)).setValue(first.plusDays(20));
        _click(_get(Button.class, spec -> spec.withId(OutcomeDialog.ID_SAVE)));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anyMatch(text -> text.startsWith("Підготувати довідку"));

        UI.getCurrent().navigate("visits", com.vaadin.flow.router.QueryParameters.of("q", "Вікна: візит до Алітуса"));
        @SuppressWarnings("unchecked")
        Grid<VisitListItem> grid = _get(Grid.class, spec -> spec.withId(VisitListView.ID_GRID));
        assertThat(_size(grid)).isEqualTo(1);
    }

    @Test
    void liaison_opens_a_shared_visit_without_checklist_or_internal_notes_and_an_unshared_one_is_not_found() {
        long unshared;
        signInAs("officer");
        unshared = visits.create(new VisitChanges(null, 0, VisitDirection.INCOMING, "Вікна: внутрішній візит", null,
                "LT", "Київ", null, LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 2), Set.of(), Set.of(), Set.of(),
                false, null, "Внутрішнє"), UK).id();
        signInAs("liaison-lt");
        UI.getCurrent().navigate("visits/1");
        assertThat(_get(H2.class, spec -> spec.withId(VisitDetailsView.ID_TITLE)).getText())
                .isEqualTo("Робочий візит делегації Міноборони та Генштабу ЗСУ до Литви");
        assertThat(ShownFacts.find("visit", "internal-notes")).as("internal notes").isEmpty();
        assertThat(_find(Tab.class, spec -> spec.withId("visit-tab-logistics"))).as("no logistics tab").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("visit-edit"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId(VisitChecklistTab.ID_GRID))).isEmpty();
        openTab("visit-tab-delegation");
        @SuppressWarnings("unchecked")
        Grid<ua.cooperation.portal.visit.VisitDetails.Member> delegation =
                _get(Grid.class, spec -> spec.withId(VisitDelegationTab.ID_GRID));
        assertThat(_get(delegation, 0).name()).isEqualTo("Сергій Мельник");

        UI.getCurrent().navigate("visits/" + unshared);
        var hidden = describeCurrentPage();
        assertThat(hidden).contains("not-found");
        UI.getCurrent().navigate("visits/999999");
        assertThat(describeCurrentPage()).isEqualTo(hidden);
    }
}
