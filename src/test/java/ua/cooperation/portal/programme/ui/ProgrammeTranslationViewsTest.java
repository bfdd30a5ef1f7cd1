package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeLinks;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 for a programme's indicators: an officer translates each indicator's title on the programme's translation
 * page, where each is named by its number and title; the Lithuanian embassy reads them on the results tab, the
 * untranslated one in Ukrainian with its language, and a renamed one marked as possibly outdated.
 */
class ProgrammeTranslationViewsTest extends KaribuTest {

    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final QueryParameters LITHUANIAN = QueryParameters.of(TranslationLinks.QUERY_LANGUAGE, "lt");

    @Autowired
    ProgrammeService programmes;

    @Test
    void an_officer_translates_the_indicators_and_the_lithuanian_liaison_reads_them_on_the_results_tab() {
        signInAs("officer", Locale.ENGLISH);
        long id = sharedWithLithuania("Діти в таборі", "Вожаті");
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.PROGRAMME, id), LITHUANIAN);
        assertThat(_get(Div.class, spec -> spec.withId("translation-original-indicator.1")).getElement()
                .getTextRecursively()).contains("Indicator 1: Діти в таборі · Ukrainian");
        var second = _get(TextField.class, spec -> spec.withId("translation-indicator.2"));
        assertThat(second.getLabel()).isEqualTo("Indicator 2: Вожаті · Lithuanian");
        // longer than the indicator's title may be: refused at its field, nothing stored
        second.setValue("ž".repeat(ProgrammeChanges.Indicator.TITLE_MAX_LENGTH + 1));
        _get(TextField.class, spec -> spec.withId("translation-indicator.1")).setValue("Vaikai stovykloje");
        _click(_get(Button.class, spec -> spec.withId("translation-save")));
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).contains("300");
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.PROGRAMME, id), LITHUANIAN);
        assertThat(_get(TextField.class, spec -> spec.withId("translation-indicator.1")).getValue()).isEmpty();
        _get(TextField.class, spec -> spec.withId("translation-indicator.1")).setValue("Vaikai stovykloje");
        _click(_get(Button.class, spec -> spec.withId("translation-save")));

        signInAs("liaison-lt", LT);
        openResults(id);
        assertThat(titleCell(0).getElement().getTextRecursively()).isEqualTo("Vaikai stovykloje");
        assertThat(note(0)).as("her own language needs no note").isEmpty();
        assertThat(titleCell(1).getElement().getTextRecursively()).startsWith("Вожаті");
        assertThat(note(1)).contains("ukrainiečių kalba");

        // the officer renames the first indicator on the results tab: it keeps its number and its translation,
        // which may now be outdated
        signInAs("officer", Locale.ENGLISH);
        openResults(id);
        var actions = (HorizontalLayout) _getCellComponent(indicators(), 0, "edit");
        _click((Button) actions.getChildren().filter(c -> c.getId().orElse("").equals("programme-indicator-edit-0"))
                .findFirst().orElseThrow());
        var title = _get(TextField.class, spec -> spec.withId(ChildListDialogs.ID_INDICATOR_TITLE));
        assertThat(title.getValue()).isEqualTo("Діти в таборі");
        title.setValue("Діти, які відпочили");
        _click(_get(Button.class, spec -> spec.withId(ChildListDialogs.ID_SAVE)));
        var stored = programmes.findVisibleById(id, Locale.ENGLISH).orElseThrow().input().indicators();
        assertThat(stored).extracting(i -> i.key() + " " + i.title())
                .containsExactly("1 Діти, які відпочили", "2 Вожаті");
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.PROGRAMME, id), LITHUANIAN);
        assertThat(_find(Span.class, spec -> spec.withId("translation-indicator.1-outdated"))).hasSize(1);

        // the programme's history names the indicator by its number and the language of each text
        UI.getCurrent().navigate(ProgrammeLinks.details(id));
        _get(TabSheet.class, spec -> spec.withId("programme-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("programme-tab-history")));
        assertThat(_get(ua.cooperation.portal.base.ui.HistoryList.class,
                spec -> spec.withId(ua.cooperation.portal.base.ui.HistoryList.ID)).getElement().getTextRecursively())
                .contains("Indicator 1: title (in Lithuanian): ").contains("Vaikai stovykloje");

        signInAs("liaison-lt", LT);
        openResults(id);
        assertThat(titleCell(0).getElement().getTextRecursively()).startsWith("Vaikai stovykloje");
        assertThat(note(0)).contains("vertimas gali būti pasenęs");
    }

    private long sharedWithLithuania(String... indicatorTitles) {
        var indicators = java.util.Arrays.stream(indicatorTitles).map(title -> new ProgrammeChanges.Indicator(title,
                null, null, null, null, List.of())).toList();
        return programmes.create(new ProgrammeChanges(null, 0, "UA-KARIBU-INDICATORS-" + System.nanoTime(),
                "Табір", null, ActivityStatus.PIPELINE, null, null, null, null, Set.of("LT"), Set.of(), Set.of(),
                Set.of(), List.of(), List.of(), null, null, null, null, List.of(), indicators, List.of(), true),
                Locale.ENGLISH).id();
    }

    private static void openResults(long id) {
        UI.getCurrent().navigate(ProgrammeLinks.details(id));
        _get(TabSheet.class, spec -> spec.withId("programme-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("programme-tab-results")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProgrammeChanges.Indicator> indicators() {
        return _get(Grid.class, spec -> spec.withId(ProgrammeDetailsView.ID_INDICATORS_GRID));
    }

    private static Component titleCell(int row) {
        return _getCellComponent(indicators(), row, "title");
    }

    /** The note after an indicator's title: its language, or that it may be outdated; "" when there is none. */
    private static String note(int row) {
        var cell = titleCell(row);
        return cell.getChildren().filter(c -> c.getId().orElse("").endsWith("-note")).findFirst()
                .map(c -> c.getElement().getTextRecursively()).orElse("");
    }
}
