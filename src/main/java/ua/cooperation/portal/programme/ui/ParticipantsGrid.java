package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.grid.Grid;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.programme.ProgrammeDetails;

import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_ORGANISATIONS_GRID;

/** The organisations tab of a programme: who takes part, from which country, in which role. */
class ParticipantsGrid extends Grid<ProgrammeDetails.ParticipantItem> {

    ParticipantsGrid() {
        setId(ID_ORGANISATIONS_GRID);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("programme.organisations.empty"));
        addColumn(ProgrammeDetails.ParticipantItem::name)
                .setHeader(getTranslation("programme.field.organisation")).setFlexGrow(3);
        addColumn(p -> p.countryCode() == null ? "" : CountryNames.displayName(p.countryCode(), getLocale()))
                .setHeader(getTranslation("registry.field.country")).setAutoWidth(true);
        addColumn(p -> getTranslation("organisation-role." + p.role().name()))
                .setHeader(getTranslation("programme.field.role")).setAutoWidth(true);
    }
}
