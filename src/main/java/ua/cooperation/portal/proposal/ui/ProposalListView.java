package ua.cooperation.portal.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.proposal.ProposalFilter;
import ua.cooperation.portal.proposal.ProposalLinks;
import ua.cooperation.portal.proposal.ProposalListItem;
import ua.cooperation.portal.proposal.ProposalService;
import ua.cooperation.portal.proposal.ProposalStatus;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;

/**
 * The proposals of meetings and visits the reader may see, newest first: the office sees every one (the open ones are
 * counted in the navigation), a partner those of her countries, and she proposes a new one here. Filters by status and
 * country live in the address; the grid loads page by page through {@link ProposalService}, which applies the scope.
 */
@Route(ProposalLinks.ROUTE)
@PermitAll
public class ProposalListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID_GRID = "proposals-grid";
    static final String ID_STATUS = "proposals-status";
    static final String ID_COUNTRY = "proposals-country";
    static final String ID_COUNT = "proposals-count";
    static final String ID_NEW = "proposals-new";

    private final ProposalService proposals;
    private final Grid<ProposalListItem> grid = new Grid<>();
    private final Select<ProposalStatus> status = new Select<>();
    private final ComboBox<String> country;
    private final Span count = new Span();
    private final Button propose = new Button();

    ProposalListView(ProposalService proposals, CountryPickers countryPickers) {
        this.proposals = proposals;
        setSizeFull();
        addClassName("portal-list-view");

        status.setId(ID_STATUS);
        status.setAriaLabel(getTranslation("proposal.field.status"));
        status.setItems(ProposalStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("proposal.list.all-statuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("proposal.list.all-statuses")
                : getTranslation("proposal-status." + s.name()));
        status.addValueChangeListener(e -> refresh());

        country = countryPickers.create(getLocale());
        country.setId(ID_COUNTRY);
        country.setPlaceholder(getTranslation("proposal.list.all-countries"));
        country.setClearButtonVisible(true);
        country.addValueChangeListener(e -> refresh());

        count.setId(ID_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        propose.setId(ID_NEW);
        propose.setText(getTranslation("proposal.new"));
        propose.setIcon(VaadinIcon.PLUS.create());
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setVisible(proposals.mayPropose());
        propose.addClickListener(e -> openProposeDialog());

        var filters = new HorizontalLayout(status, country, count, propose);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, count);

        configureGrid();
        add(filters, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation(proposals.mayPropose() ? "proposal.list.empty-partner"
                : "proposal.list.empty"));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PortalTime.ZONE);
        grid.addColumn(ProposalListItem::title).setKey("title").setHeader(getTranslation("proposal.field.title"))
                .setFlexGrow(3);
        grid.addColumn(item -> getTranslation("meeting-type." + item.type().name())).setKey("kind")
                .setHeader(getTranslation("proposal.field.kind")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("proposal-status." + item.status().name())).setKey("status")
                .setHeader(getTranslation("proposal.field.status")).setAutoWidth(true);
        grid.addColumn(item -> CountryNames.displayName(item.countryCode(), getLocale())).setKey("country")
                .setHeader(getTranslation("proposal.field.country")).setAutoWidth(true);
        grid.addColumn(item -> Authors.shown(this, item.proposer())).setKey("proposer")
                .setHeader(getTranslation("proposal.field.proposer")).setAutoWidth(true);
        grid.addColumn(item -> format(item.firstOption(), format)).setKey("firstOption")
                .setHeader(getTranslation("proposal.field.first-option")).setAutoWidth(true);
        grid.addColumn(item -> format(item.createdAt(), format)).setKey("created")
                .setHeader(getTranslation("proposal.field.created")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> proposals.findVisible(currentFilter(), pageable));
        grid.addItemClickListener(e -> openDetails(e.getItem().id()));
    }

    private static String format(Instant instant, DateTimeFormatter format) {
        return instant == null ? "" : format.format(instant);
    }

    private ProposalFilter currentFilter() {
        return new ProposalFilter(status.getValue(), country.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("proposal.list.count", proposals.countVisible(currentFilter())));
    }

    private void openProposeDialog() {
        ProposeMeetingDialog.open(this, getLocale(), proposals, created -> {
            Notifications.success(this, "proposal.proposed");
            openDetails(created.id());
        });
    }

    private void openDetails(long id) {
        getUI().ifPresent(ui -> ui.navigate(ProposalDetailsView.class,
                new RouteParameters(ProposalDetailsView.PARAM_ID, Long.toString(id))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter(ProposalLinks.QUERY_STATUS)
                .flatMap(value -> Arrays.stream(ProposalStatus.values()).filter(s -> s.name().equals(value))
                        .findFirst())
                .ifPresent(status::setValue);
        query.getSingleParameter(ProposalLinks.QUERY_COUNTRY).ifPresent(country::setValue);
        if (query.getParameters().containsKey(ProposalLinks.QUERY_PROPOSE) && proposals.mayPropose()) {
            openProposeDialog();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(proposals.permissions().showsInternal() ? "proposal.list.title" : "proposal.list.mine");
    }
}
