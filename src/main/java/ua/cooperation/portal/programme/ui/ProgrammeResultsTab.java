package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeDetails;

import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_BENEFICIARIES_GRID;
import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_INDICATORS_GRID;

/**
 * The results tab of a programme: its indicators with their reporting periods (titles in the reader's language), and
 * the beneficiaries reached per target group. An officer adds rows and changes indicators in small dialogs and removes
 * rows in place; each change saves the stored programme with that one list changed (through {@code save}; unsaved
 * edits in the overview form are kept apart).
 */
class ProgrammeResultsTab extends VerticalLayout {

    /** The title cell of the indicator at an index (its note: the same with {@code -note}). */
    static final String ID_INDICATOR_TITLE = "programme-indicator-title-";

    private final Grid<ProgrammeChanges.Indicator> indicators = new Grid<>();
    private final Grid<ProgrammeChanges.BeneficiaryCount> beneficiaries = new Grid<>();
    private final Button addIndicator;
    private final Button addBeneficiary;
    private final Consumer<ProgrammeChanges> save;
    private ProgrammeDetails shown;

    ProgrammeResultsTab(Consumer<ProgrammeChanges> save) {
        this.save = save;
        setPadding(false);
        addIndicator = RowLists.addButton(this, "programme-indicator-add", "programme.indicator.add",
                () -> ChildListDialogs.indicator(this, null, i -> save.accept(shown.input().withIndicators(
                        RowLists.append(shown.input().indicators(), i)))));
        addBeneficiary = RowLists.addButton(this, "programme-beneficiary-add", "programme.beneficiary.add",
                () -> ChildListDialogs.beneficiaries(this, b -> save.accept(shown.input().withBeneficiaries(
                        RowLists.append(shown.input().beneficiaries(), b)))));
        configureIndicators();
        configureBeneficiaries();
        add(new H4(getTranslation("programme.tab.results.indicators")), addIndicator, indicators,
                new H4(getTranslation("programme.tab.results.beneficiaries")), addBeneficiary, beneficiaries);
    }

    private void configureIndicators() {
        indicators.setId(ID_INDICATORS_GRID);
        indicators.setAllRowsVisible(true);
        indicators.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        indicators.setEmptyStateText(getTranslation("programme.indicators.empty"));
        // the key is the indicator's number for as long as it exists: the translation page and the history name it
        indicators.addColumn(i -> i.key() == null ? "" : Integer.toString(i.key()))
                .setHeader(getTranslation("programme.indicator.number")).setAutoWidth(true).setFlexGrow(0);
        // the title in the reader's language, else the original with its language (ADR 0040)
        indicators.addComponentColumn(i -> TranslatedTexts.inline(this, shown.indicatorTitle(i),
                        ID_INDICATOR_TITLE + RowLists.indexOf(shown.input().indicators(), i)))
                .setHeader(getTranslation("programme.indicator.title")).setKey("title").setFlexGrow(2);
        indicators.addColumn(i -> i.unit() == null ? "" : i.unit())
                .setHeader(getTranslation("programme.indicator.unit")).setAutoWidth(true);
        indicators.addColumn(i -> i.baselineValue() == null ? "" : number(i.baselineValue())
                        + (i.baselineYear() == null ? "" : " (" + i.baselineYear() + ")"))
                .setHeader(getTranslation("programme.indicator.baseline")).setAutoWidth(true);
        indicators.addColumn(i -> number(i.target())).setHeader(getTranslation("programme.indicator.target"))
                .setAutoWidth(true);
        indicators.addColumn(this::periodsText).setHeader(getTranslation("programme.indicator.periods"))
                .setFlexGrow(3);
        indicators.addComponentColumn(this::indicatorActions).setKey("edit").setAutoWidth(true).setFlexGrow(0);
    }

    private HorizontalLayout indicatorActions(ProgrammeChanges.Indicator indicator) {
        int index = RowLists.indexOf(shown.input().indicators(), indicator);
        var addPeriod = new Button(getTranslation("programme.period.add"), VaadinIcon.PLUS.create(),
                e -> ChildListDialogs.period(this, getLocale(), period -> {
                    var list = new ArrayList<>(shown.input().indicators());
                    list.set(index, indicator.withPeriods(RowLists.append(indicator.periods(), period)));
                    save.accept(shown.input().withIndicators(list));
                }));
        addPeriod.setId("programme-period-add-" + index);
        addPeriod.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var edit = new Button(VaadinIcon.EDIT.create(), e -> ChildListDialogs.indicator(this, indicator, changed -> {
            var list = new ArrayList<>(shown.input().indicators());
            list.set(index, changed);
            save.accept(shown.input().withIndicators(list));
        }));
        edit.setId("programme-indicator-edit-" + index);
        edit.setAriaLabel(getTranslation("programme.indicator.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var remove = RowLists.removeButton(this, "programme-indicator-remove-" + index, () -> save.accept(
                shown.input().withIndicators(RowLists.without(shown.input().indicators(), index))));
        return new HorizontalLayout(addPeriod, edit, remove);
    }

    private void configureBeneficiaries() {
        beneficiaries.setId(ID_BENEFICIARIES_GRID);
        beneficiaries.setAllRowsVisible(true);
        beneficiaries.setEmptyStateText(getTranslation("programme.beneficiaries.empty"));
        beneficiaries.addColumn(b -> getTranslation("target-group." + b.targetGroup().name()))
                .setHeader(getTranslation("programme.beneficiary.group")).setFlexGrow(2);
        beneficiaries.addColumn(b -> Integer.toString(b.count()))
                .setHeader(getTranslation("programme.beneficiary.count")).setAutoWidth(true);
        beneficiaries.addComponentColumn(b -> RowLists.removeButton(this, "programme-beneficiary-remove-"
                        + RowLists.indexOf(shown.input().beneficiaries(), b), () -> save.accept(shown.input()
                        .withBeneficiaries(RowLists.without(shown.input().beneficiaries(),
                                RowLists.indexOf(shown.input().beneficiaries(), b))))))
                .setKey("edit").setAutoWidth(true).setFlexGrow(0);
    }

    void show(ProgrammeDetails details, boolean editable) {
        shown = details;
        indicators.getColumnByKey("edit").setVisible(editable);
        indicators.setItems(details.input().indicators());
        beneficiaries.getColumnByKey("edit").setVisible(editable);
        addIndicator.setVisible(editable);
        addBeneficiary.setVisible(editable);
        beneficiaries.setItems(details.input().beneficiaries());
    }

    private String periodsText(ProgrammeChanges.Indicator indicator) {
        return indicator.periods().stream().map(p -> getTranslation("programme.indicator.period",
                        ProgrammeBadges.date(p.start(), getLocale()), ProgrammeBadges.date(p.end(), getLocale()),
                        number(p.target()), p.actual() == null ? "—" : number(p.actual())))
                .collect(Collectors.joining("; "));
    }

    private String number(java.math.BigDecimal value) {
        return ProgrammeBadges.number(value, getLocale());
    }
}
