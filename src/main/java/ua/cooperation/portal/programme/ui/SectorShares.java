package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.Sector;

import java.util.ArrayList;
import java.util.List;

import static ua.cooperation.portal.programme.ui.ProgrammeForm.ID_SECTOR;
import static ua.cooperation.portal.programme.ui.ProgrammeForm.ID_SECTORS;
import static ua.cooperation.portal.programme.ui.ProgrammeForm.ID_SECTOR_ADD;
import static ua.cooperation.portal.programme.ui.ProgrammeForm.ID_SECTOR_PERCENTAGE;
import static ua.cooperation.portal.programme.ui.ProgrammeForm.ID_SECTOR_TOTAL;

/**
 * The programme form's sectors with their shares, edited in place: a sector chosen again replaces its share, and the
 * total is shown (marked while it is not 100, which the service requires).
 */
class SectorShares extends VerticalLayout {

    private final Select<Sector> sector = new Select<>();
    private final IntegerField percentage = new IntegerField();
    private final Grid<ProgrammeChanges.SectorShare> grid = new Grid<>();
    private final Span total = new Span();
    private final HorizontalLayout adder;
    private final List<ProgrammeChanges.SectorShare> sectors = new ArrayList<>();
    private boolean readOnly;

    SectorShares() {
        setPadding(false);
        setSpacing(false);
        sector.setId(ID_SECTOR);
        sector.setLabel(getTranslation("programme.field.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? "" : sectorName(s));
        percentage.setId(ID_SECTOR_PERCENTAGE);
        percentage.setLabel(getTranslation("programme.field.percentage"));
        percentage.setMin(1);
        percentage.setMax(100);
        percentage.setStepButtonsVisible(true);
        var add = new Button(getTranslation("programme.sector.add"), VaadinIcon.PLUS.create(), e -> addShare());
        add.setId(ID_SECTOR_ADD);
        configureGrid();
        total.setId(ID_SECTOR_TOTAL);
        adder = new HorizontalLayout(sector, percentage, add);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(ProgrammeForm.heading(this, "programme.field.sectors"), adder, grid, total);
        refresh();
    }

    private void addShare() {
        var chosen = sector.getValue();
        var share = percentage.getValue();
        // the share's range is the service's rule, declared on SectorShare
        if (chosen == null || share == null
                || !Constraints.allows(ProgrammeChanges.SectorShare.class, "percentage", share)) {
            percentage.setInvalid(true);
            percentage.setErrorMessage(getTranslation("programme.validation.percentage"));
            return;
        }
        percentage.setInvalid(false);
        sectors.removeIf(s -> s.sector() == chosen);
        sectors.add(new ProgrammeChanges.SectorShare(chosen, share));
        sector.clear();
        percentage.clear();
        refresh();
    }

    private void configureGrid() {
        grid.setId(ID_SECTORS);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("programme.sectors.empty"));
        grid.addColumn(s -> s.sector().code()).setHeader(getTranslation("programme.sector.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> sectorName(s.sector())).setHeader(getTranslation("programme.field.sector"))
                .setFlexGrow(1);
        grid.addColumn(s -> s.percentage() + " %").setHeader(getTranslation("programme.field.percentage"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
            var remove = RowLists.removeButton(this, "programme-sector-remove-" + s.sector().code(), () -> {
                sectors.remove(s);
                refresh();
            });
            remove.setVisible(!readOnly);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0).setKey("remove");
    }

    List<ProgrammeChanges.SectorShare> value() {
        return List.copyOf(sectors);
    }

    void setValue(List<ProgrammeChanges.SectorShare> shares) {
        sectors.clear();
        sectors.addAll(shares);
        refresh();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        adder.setVisible(!readOnly);
        grid.getColumnByKey("remove").setVisible(!readOnly);
    }

    /** Shows the service's refusal of the sectors in place of the total. */
    void showRefusal(String message) {
        total.setText(message);
        total.setClassName("portal-text-warning", true);
    }

    private void refresh() {
        grid.setItems(sectors);
        int sum = sectors.stream().mapToInt(ProgrammeChanges.SectorShare::percentage).sum();
        total.setText(getTranslation("programme.sector.total", sum));
        total.setClassName("portal-text-warning", !sectors.isEmpty() && sum != 100);
    }

    private String sectorName(Sector s) {
        return s.code() + " · " + getTranslation("sector." + s.name());
    }
}
