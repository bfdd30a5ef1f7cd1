package ua.cooperation.portal.country.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.tabs.TabSheet;
import ua.cooperation.portal.base.ui.HistoryList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.country.CountryChanges;
import ua.cooperation.portal.country.CountryListItem;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.country.PartnerStatus;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** Use cases of the countries list and details, as each role experiences them. */
class CountryViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    CountryService countries;

    @SuppressWarnings("unchecked")
    private static Grid<CountryListItem> grid() {
        return _get(Grid.class, spec -> spec.withId(CountryListView.ID_GRID));
    }

    @Test
    void officer_browses_all_countries_and_finds_lithuania_by_typing() {
        signInAs("officer");
        UI.getCurrent().navigate(CountryListView.class);

        assertThat(_size(grid())).isEqualTo(Locale.getISOCountries().length);
        assertThat(_get(Span.class, spec -> spec.withId(CountryListView.ID_COUNT)).getText())
                .isEqualTo("Країн: " + Locale.getISOCountries().length);

        _get(TextField.class, spec -> spec.withId(CountryListView.ID_SEARCH)).setValue("Литв");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).name()).isEqualTo("Литва");
    }

    @Test
    void filtering_by_status_and_finding_nothing_shows_an_empty_state() {
        signInAs("head", Locale.ENGLISH);
        UI.getCurrent().navigate(CountryListView.class);

        @SuppressWarnings("unchecked")
        Select<PartnerStatus> status = _get(Select.class, spec -> spec.withId(CountryListView.ID_STATUS));
        status.setValue(PartnerStatus.PARTNER);
        assertThat(_size(grid())).isEqualTo(5);
        assertThat(_get(grid(), 0).name()).as("sorted by English name").isEqualTo("Estonia");

        _get(TextField.class, spec -> spec.withId(CountryListView.ID_SEARCH)).setValue("Atlantis");
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("No countries match the filter.");
    }

    @Test
    void a_figure_on_the_start_page_opens_the_list_filtered_by_its_status() {
        signInAs("head");
        UI.getCurrent().navigate("");
        var figure = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("home-figure-prospective"));
        assertThat(figure.getHref()).isEqualTo("countries?status=PROSPECTIVE");
        // other tests turn countries prospective too: the list must show as many as the figure counts
        var counted = Integer.parseInt(figure.getElement().getChild(0).getText());
        assertThat(counted).isGreaterThanOrEqualTo(3);
        UI.getCurrent().navigate("countries", com.vaadin.flow.router.QueryParameters.fromString("status=PROSPECTIVE"));
        assertThat(_size(grid())).isEqualTo(counted);
        assertThat(_get(grid(), 0).partnerStatus()).isEqualTo(PartnerStatus.PROSPECTIVE);
    }

    @Test
    void liaison_sees_only_lithuania_in_lithuanian() {
        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate(CountryListView.class);

        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).name()).isEqualTo("Lietuva");
    }

    @Test
    void liaison_opening_another_country_by_address_gets_the_same_not_found_as_a_missing_one() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate("countries/PL");
        var forPoland = describeCurrentPage();
        assertThat(_find(H2.class, spec -> spec.withText("Польща"))).isEmpty();

        UI.getCurrent().navigate("countries/QQ");
        assertThat(describeCurrentPage()).isEqualTo(forPoland).contains("not-found");

        UI.getCurrent().navigate("countries/LT");
        assertThat(_get(H2.class, spec -> spec.withId("country-title")).getText()).isEqualTo("Литва");
    }

    @Test
    void officer_edits_a_country_in_the_form_and_it_is_saved() {
        signInAs("officer");
        UI.getCurrent().navigate("countries/LV");

        monthSelect().setValue(Month.NOVEMBER);
        dayField().setValue(17);
        notes().setValue("Twinning talks: Daugavpils");
        _click(saveButton());

        expectNotifications("Збережено");

        var tabs = _get(TabSheet.class, spec -> spec.withId("country-tabs"));
        tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("country-history-tab")));
        var history = _get(HistoryList.class, spec -> spec.withId(HistoryList.ID)).getElement().getTextRecursively();
        assertThat(history).contains("officer", "Національне свято: 18 листопада → 17 листопада",
                "Нотатки: (порожньо) → Twinning talks: Daugavpils");

        var stored = countries.findVisibleByCode("LV", UK).orElseThrow();
        assertThat(stored.notes()).isEqualTo("Twinning talks: Daugavpils");
        assertThat(stored.nationalDay()).isEqualTo(MonthDay.of(11, 17));
        assertThat(stored.updatedBy()).isEqualTo("officer");
    }

    @Test
    void officer_chooses_the_language_the_embassy_reads() {
        signInAs("officer");
        UI.getCurrent().navigate("countries/IE");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withId("country-partner-language"));
        assertThat(language.getValue()).isEqualTo("en");
        assertThat(language.getItemLabelGenerator().apply("pl")).isEqualTo("польська");
        language.setValue("pl");
        _click(saveButton());
        expectNotifications("Збережено");
        assertThat(countries.findVisibleByCode("IE", UK).orElseThrow().partnerLanguage()).isEqualTo("pl");

        var tabs = _get(TabSheet.class, spec -> spec.withId("country-tabs"));
        tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("country-history-tab")));
        assertThat(_get(HistoryList.class, spec -> spec.withId(HistoryList.ID)).getElement().getTextRecursively())
                .contains("Мова партнерів: англійська → польська");
        _get(TabSheet.class, spec -> spec.withId("country-tabs")).setSelectedIndex(0);
        _get(Select.class, spec -> spec.withId("country-partner-language")).setValue("en");
        _click(saveButton());
    }

    @Test
    void the_liaison_reads_the_notes_for_partners_and_the_officer_writes_them_beside_a_way_to_their_translations() {
        signInAs("officer");
        UI.getCurrent().navigate("countries/PL");
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("country-notes-for-partners"))
                .setValue("Люблін приймає делегацію громади у травні.");
        _click(saveButton());
        expectNotifications("Збережено");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("country-translations"))
                .getHref()).isEqualTo("translations/country/" + (('P' - 'A') * 26 + ('L' - 'A') + 1));

        signInAs("liaison-pl", Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate("countries/PL");
        assertThat(_get(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withId("country-notes-for-partners-text")).getElement().getTextRecursively())
                .startsWith("Люблін приймає делегацію громади у травні.").endsWith("po ukraińsku");
        assertThat(_find(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId("country-notes-for-partners"))).as("partners read, never edit, them").isEmpty();

        signInAs("officer");
        var stored = countries.findVisibleByCode("PL", UK).orElseThrow();
        countries.update(ua.cooperation.portal.country.CountryChanges.of(stored).withNotesForPartners(""), UK);
    }

    @Test
    void bad_input_shows_messages_at_the_fields_and_nothing_is_stored() {
        signInAs("officer");
        UI.getCurrent().navigate("countries/DE");
        var before = countries.findVisibleByCode("DE", UK).orElseThrow();

        monthSelect().setValue(Month.FEBRUARY);
        dayField().setValue(30);
        notes().setValue("x".repeat(4001));
        _click(saveButton());

        _expectInvalid(_get(ua.cooperation.portal.base.ui.MonthDayField.class,
                        spec -> spec.withId(CountryForm.ID_NATIONAL_DAY)),
                "Оберіть місяць і день, який є в цьому місяці");
        _expectInvalid(notes(), "Не більше 4000 символів");
        assertThat(countries.findVisibleByCode("DE", UK).orElseThrow()).isEqualTo(before);
    }

    @Test
    void when_a_colleague_saved_first_the_officer_is_asked_and_can_take_their_version() {
        signInAs("officer");
        UI.getCurrent().navigate("countries/PL");
        notes().setValue("My note");

        asOtherUser("admin", () -> {
            var current = countries.findVisibleByCode("PL", UK).orElseThrow();
            countries.update(CountryChanges.of(current).withNotes("Colleague's note"), UK);
        });
        _click(saveButton());

        var dialog = _get(ConfirmDialog.class, spec -> spec.withId(CountryDetailsView.ID_CONFLICT_DIALOG));
        assertThat(countries.findVisibleByCode("PL", UK).orElseThrow().notes())
                .as("nothing silently overwritten").isEqualTo("Colleague's note");
        _fireConfirm(dialog);
        assertThat(notes().getValue()).isEqualTo("Colleague's note");
    }

    @Test
    void the_country_lists_the_current_holders_of_posts_in_its_organisations() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate("countries/LT");
        @SuppressWarnings("unchecked")
        Grid<ua.cooperation.portal.registry.PositionItem> holders = _get(Grid.class,
                spec -> spec.withId(CountryDetailsView.ID_POST_HOLDERS));
        var people = java.util.stream.IntStream.range(0, _size(holders)).mapToObj(i -> _get(holders, i)).toList();
        assertThat(people).extracting(ua.cooperation.portal.registry.PositionItem::personName)
                .contains("Arūnas Kalvaitis", "Олег Мирошниченко")
                .as("a past ambassador is not current").doesNotContain("Vytautas Žilinskas");

        signInAs("officer");
        UI.getCurrent().navigate("countries/MT");
        @SuppressWarnings("unchecked")
        Grid<ua.cooperation.portal.registry.PositionItem> none = _get(Grid.class,
                spec -> spec.withId(CountryDetailsView.ID_POST_HOLDERS));
        assertThat(_size(none)).isZero();
        assertThat(none.getEmptyStateText()).isEqualTo("Немає записаних посад в організаціях цієї країни.");
    }

    @Test
    void head_sees_the_country_read_only() {
        signInAs("head");
        UI.getCurrent().navigate("countries/LT");
        assertThat(notes().isReadOnly()).isTrue();
        assertThat(monthSelect().isReadOnly()).as("the national day's inner fields too").isTrue();
        assertThat(dayField().isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId(CountryDetailsView.ID_SAVE))).as("no visible save").isEmpty();
    }


    @SuppressWarnings("unchecked")
    private static Select<Month> monthSelect() {
        return _get(Select.class, spec -> spec.withId("national-day-month"));
    }

    private static IntegerField dayField() {
        return _get(IntegerField.class, spec -> spec.withId("national-day-day"));
    }

    private static TextArea notes() {
        return _get(TextArea.class, spec -> spec.withId(CountryForm.ID_NOTES));
    }

    private static Button saveButton() {
        return _get(Button.class, spec -> spec.withId(CountryDetailsView.ID_SAVE));
    }
}
