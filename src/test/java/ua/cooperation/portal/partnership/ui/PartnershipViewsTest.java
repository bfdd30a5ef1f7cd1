package ua.cooperation.portal.partnership.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.testsupport.TestFiles;
import ua.cooperation.portal.base.ui.AdminUnitPicker;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipListItem;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.partnership.StatusChangeItem;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.ShownFacts;

import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PartnershipViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    PartnershipService partnerships;
    @Autowired
    DocumentService documents;

    @Test
    void officer_proposes_a_partnership_and_moves_it_to_negotiations() {
        signInAs("officer");
        UI.getCurrent().navigate(PartnershipListView.class);
        _click(button(PartnershipListView.ID_NEW));
        _click(button(PartnershipListView.ID_CREATE));
        // nothing is stored while the required fields are empty; the messages stand at the fields
        _expectInvalid(_get(AdminUnitPicker.class, spec -> spec.withId(PartnershipForm.ID_UKRAINIAN)),
                "Оберіть громаду з кодифікатора");
        _expectInvalid(combo(PartnershipForm.ID_PARTNER_MUNICIPALITY), "Оберіть партнера");

        var hromada = _get(AdminUnitPicker.class, spec -> spec.withId(PartnershipForm.ID_UKRAINIAN));
        setUserInput(hromada, "Novopskov");
        hromada.setValue(getSuggestionItems(hromada).getFirst());
        var partner = combo(PartnershipForm.ID_PARTNER_MUNICIPALITY);
        setUserInput(partner, "Druskinink");
        partner.setValue(getSuggestionItems(partner).getFirst());
        @SuppressWarnings("unchecked")
        Select<PartnershipType> type = _get(Select.class, spec -> spec.withId(PartnershipForm.ID_TYPE));
        type.setValue(PartnershipType.MEMORANDUM);
        _click(button(PartnershipListView.ID_CREATE));

        assertThat(_get(H2.class, spec -> spec.withId(PartnershipDetailsView.ID_TITLE)).getText())
                .isEqualTo("Новопсковська — Друскінінкайське самоврядування");
        assertThat(statusText()).isEqualTo("Запропоновано");

        // the overview is text until "Edit"; a save shows the text again with the new value
        assertThat(_find(TextArea.class, spec -> spec.withId(PartnershipForm.ID_NOTES))).isEmpty();
        _click(button(PartnershipDetailsView.ID_EDIT));
        // notes longer than the service allows: the service's own rule (declared once, on PartnershipChanges) at
        // the field, in the reader's language, and nothing stored
        var tooLong = "я".repeat(ua.cooperation.portal.partnership.Partnership.NOTES_MAX_LENGTH + 1);
        var notes = _get(TextArea.class, spec -> spec.withId(PartnershipForm.ID_NOTES));
        notes.setValue(tooLong);
        _click(button(PartnershipDetailsView.ID_SAVE));
        _expectInvalid(notes, "Не більше 4000 символів");
        assertThat(_find(TextArea.class, spec -> spec.withId(PartnershipForm.ID_NOTES))).isNotEmpty();
        _get(TextArea.class, spec -> spec.withId(PartnershipForm.ID_NOTES))
                .setValue("Мер відповідає <b>швидко</b> & чемно");
        _click(button(PartnershipDetailsView.ID_SAVE));
        assertThat(_find(TextArea.class, spec -> spec.withId(PartnershipForm.ID_NOTES))).isEmpty();
        // shown as the text typed, never as markup
        assertThat(fact("notes")).isEqualTo("Мер відповідає <b>швидко</b> & чемно");

        _click(button(PartnershipDetailsView.ID_MOVE));
        @SuppressWarnings("unchecked")
        Select<PartnershipStatus> target = _get(Select.class, spec -> spec.withId(StatusDialog.ID_TARGET));
        assertThat(target.getListDataView().getItems()).containsExactlyInAnyOrder(PartnershipStatus.NEGOTIATING,
                PartnershipStatus.TERMINATED);
        target.setValue(PartnershipStatus.NEGOTIATING);
        _get(TextArea.class, spec -> spec.withId(StatusDialog.ID_NOTE)).setValue("Перший дзвінок із мерією");
        _click(button(StatusDialog.ID_SAVE));
        assertThat(statusText()).isEqualTo("Переговори");

        // signing cannot be proposed without the agreement: the dialog says what to do and stays open
        _click(button(PartnershipDetailsView.ID_PROPOSE_SIGNING));
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId(StatusDialog.ID_DATE))
                .setValue(java.time.LocalDate.now().minusDays(1));
        _click(button(StatusDialog.ID_SAVE));
        assertThat(_get(Paragraph.class, spec -> spec.withId(StatusDialog.ID_PROBLEM)).getText())
                .startsWith("Спочатку додайте угоду");
        _click(_get(Button.class, spec -> spec.withText("Скасувати")));
        assertThat(statusText()).isEqualTo("Переговори");

        selectTab("partnership-tabs", "partnership-tab-status-history");
        @SuppressWarnings("unchecked")
        Grid<StatusChangeItem> history = _get(Grid.class, spec -> spec.withId(PartnershipDetailsView.ID_STATUS_HISTORY));
        assertThat(_size(history)).isEqualTo(2);
        assertThat(_get(history, 0).note()).isEqualTo("Перший дзвінок із мерією");
    }

    @Test
    void head_sees_the_signing_proposal_and_confirms_it() {
        var created = new long[1];
        signInAs("head");
        asOtherUser("officer", () -> {
            var p = partnerships.create(new PartnershipChanges(null, 0, "UA44100110000061602", 2L, null,
                    PartnershipType.TWINNING, java.util.Set.of(CooperationArea.CULTURE), null, null, null, null,
                    true), UK);
            documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, p.id(), DocumentType.AGREEMENT, "uk",
                    "Угода", true, "ugoda.pdf"), TestFiles.PDF);
            partnerships.proposeSigning(p.id(), p.version(), java.time.LocalDate.of(2025, 11, 28), null, UK);
            created[0] = p.id();
        });
        UI.getCurrent().navigate("partnerships/" + created[0]);
        assertThat(statusText()).isEqualTo("Запропоновано · очікує підтвердження");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId(PartnershipDetailsView.ID_NOTICE))
                .getElement().getTextRecursively()).contains("підтвердьте або поверніть");
        // heads decide, they do not move or edit
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_MOVE))).isEmpty();
        _click(button(PartnershipDetailsView.ID_CONFIRM_SIGNING));
        _click(button(StatusDialog.ID_SAVE));
        assertThat(statusText()).isEqualTo("Підписано");
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_CONFIRM_SIGNING))).isEmpty();
    }

    @Test
    void list_filters_by_area_and_status_and_opens_filtered_from_a_link() {
        signInAs("head", Locale.ENGLISH);
        UI.getCurrent().navigate(PartnershipListView.class,
                com.vaadin.flow.router.QueryParameters.of(PartnershipListView.QUERY_COUNTRY, "PL"));
        assertThat(names()).containsExactly("Sievierodonetska — City of Lublin");
        assertThat(_get(Span.class, spec -> spec.withId(PartnershipListView.ID_COUNT)).getText())
                .isEqualTo("Partnerships: 1");
        UI.getCurrent().navigate(PartnershipListView.class);
        @SuppressWarnings("unchecked")
        Select<CooperationArea> area = _get(Select.class, spec -> spec.withId(PartnershipListView.ID_AREA));
        area.setValue(CooperationArea.CHILDREN_RECREATION);
        assertThat(names()).contains("Sievierodonetska — Druskininkai Municipality")
                .doesNotContain("Sievierodonetska — City of Lublin");
        @SuppressWarnings("unchecked")
        Select<PartnershipStatus> status = _get(Select.class, spec -> spec.withId(PartnershipListView.ID_STATUS));
        status.setValue(PartnershipStatus.TERMINATED);
        assertThat(names()).isEmpty();
        assertThat(grid().getEmptyStateText()).startsWith("No partnerships match");
        // heads do not record partnerships
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipListView.ID_NEW))).isEmpty();
        UI.getCurrent().navigate("partnerships/1");
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_EDIT))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_SAVE))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_MOVE))).isEmpty();
    }

    @Test
    void liaison_reads_shared_lithuanian_partnerships_only_without_internal_notes() {
        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate(PartnershipListView.class);
        assertThat(IntStream.range(0, _size(grid())).mapToObj(i -> _get(grid(), i).countryCode()))
                .containsOnly("LT").isNotEmpty();
        assertThat(IntStream.range(0, _size(grid())).mapToObj(i -> _get(grid(), i).id())).doesNotContain(3L);
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipListView.ID_NEW))).isEmpty();

        UI.getCurrent().navigate("partnerships/1");
        assertThat(_get(H2.class, spec -> spec.withId(PartnershipDetailsView.ID_TITLE)).getText())
                .isEqualTo("Sievierodonetska — Druskininkų savivaldybė");
        assertThat(ShownFacts.find("partnership", "notes")).as("internal notes").isEmpty();
        assertThat(fact("ukrainian-focal")).isNotBlank();
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_EDIT))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_SAVE))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_MOVE))).isEmpty();

        // the internal Lithuanian partnership, a Polish one and a missing id all answer the same "not found"
        UI.getCurrent().navigate("partnerships/3");
        var internal = describeCurrentPage();
        assertThat(internal).contains("not-found");
        UI.getCurrent().navigate("partnerships/2");
        assertThat(describeCurrentPage()).isEqualTo(internal);
        UI.getCurrent().navigate("partnerships/999999");
        assertThat(describeCurrentPage()).isEqualTo(internal);
    }

    @Test
    void the_country_page_lists_its_partnerships() {
        signInAs("officer");
        UI.getCurrent().navigate("countries/LT");
        selectTab("country-tabs", "country-partnerships-tab");
        @SuppressWarnings("unchecked")
        Grid<PartnershipListItem> related = _get(Grid.class, spec -> spec.withId("country-partnerships-grid"));
        assertThat(IntStream.range(0, _size(related)).mapToObj(i -> _get(related, i).name()))
                .contains("Сєвєродонецька — Друскінінкайське самоврядування",
                        "Старобільська — Самоврядування міста Алітус");
    }

    /** A value of the read-only overview. */
    private static String fact(String id) {
        return ShownFacts.get("partnership", id);
    }

    private static void selectTab(String tabSheetId, String tabId) {
        _get(TabSheet.class, spec -> spec.withId(tabSheetId))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId(tabId)));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<PartnershipForm.Choice> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static String statusText() {
        return _get(Span.class, spec -> spec.withId(PartnershipDetailsView.ID_STATUS)).getChildren()
                .map(c -> ((Span) c).getText()).findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private static Grid<PartnershipListItem> grid() {
        return _get(Grid.class, spec -> spec.withId(PartnershipListView.ID_GRID));
    }

    private static java.util.List<String> names() {
        return IntStream.range(0, _size(grid())).mapToObj(i -> _get(grid(), i).name()).toList();
    }
}
