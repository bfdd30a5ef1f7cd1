package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.partnership.PartnershipLinks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityDetails;
import ua.cooperation.portal.registry.MunicipalityService;

/** One municipality: its fields (editable by officers) and its history. Out of scope answers "not found". */
@Route(RegistryLinks.MUNICIPALITIES + "/:" + MunicipalityDetailsView.PARAM_ID + RouteIds.ID_PATTERN)
@PermitAll
public class MunicipalityDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "municipality-title";
    static final String ID_SAVE = "municipality-save";

    private final MunicipalityService municipalities;
    private final MunicipalityForm form;
    private final EditFlow<MunicipalityDetails> editFlow;
    private final Button save;
    private final H2 title = new H2();
    private final Span where = new Span();
    private final TabSheet tabs = new TabSheet();
    private final Div historyContent = new Div();
    private final Tab historyTab;
    private final Tab partnershipsTab;
    private final Div partnershipsContent = new Div();
    private final RelatedRecords<PartnershipFilter> partnerships;
    private MunicipalityDetails shown;

    MunicipalityDetailsView(MunicipalityService municipalities, RegistryLookups lookups,
                            RelatedRecords<PartnershipFilter> partnerships) {
        this.municipalities = municipalities;
        this.editFlow = new EditFlow<>(this, "municipality-conflict",
                () -> municipalities.findVisibleById(shown.id(), getLocale()), this::show, this::backToList);
        this.partnerships = partnerships;
        setMaxWidth("60em");
        var back = new RouterLink(getTranslation("municipality.back"), MunicipalityListView.class);
        title.setId(ID_TITLE);
        title.addClassName(LumoUtility.Margin.NONE);
        where.addClassName(LumoUtility.TextColor.SECONDARY);
        form = new MunicipalityForm(lookups, getLocale());
        save = new Button(getTranslation("action.save"), e -> save());
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var overview = new VerticalLayout(form, new HorizontalLayout(save));
        overview.setPadding(false);
        tabs.setWidthFull();
        tabs.add(getTranslation("details.tab.overview"), overview);
        partnershipsTab = tabs.add(getTranslation("partnership.list.title"), partnershipsContent);
        partnershipsTab.setId("municipality-tab-partnerships");
        historyContent.setId("municipality-history");
        historyTab = tabs.add(getTranslation("history.tab"), historyContent);
        historyTab.setId("municipality-tab-history");
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == historyTab) {
                showHistory();
            } else if (e.getSelectedTab() == partnershipsTab) {
                showPartnerships();
            }
        });
        add(back, title, where, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.id(event, PARAM_ID)
                .flatMap(id -> municipalities.findVisibleById(id, getLocale()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(MunicipalityDetails details) {
        shown = details;
        title.setText(details.name());
        where.setText(details.location() != null ? details.location()
                : Registry.country(details.countryCode(), getLocale()));
        form.read(details);
        // what the reader may do comes with the record (AccessPolicy decides it once)
        form.setReadOnly(!details.permissions().mayEdit());
        save.setVisible(details.permissions().mayEdit());
        if (tabs.getSelectedTab() == historyTab) {
            showHistory();
        } else if (tabs.getSelectedTab() == partnershipsTab) {
            showPartnerships();
        }
    }

    private void showPartnerships() {
        partnershipsContent.removeAll();
        partnershipsContent.add(partnerships.create("municipality-partnerships",
                PartnershipFilter.ofMunicipality(shown.id()), PartnershipLinks.ofMunicipality(shown.id())));
    }

    private void save() {
        // a conflict shows the stored municipality with the conflict message (EditFlow.run), as before; a refusal
        // shows at its field
        form.writeIfValid().ifPresent(changes -> editFlow.run(() -> municipalities.save(changes, getLocale()), form,
                saved -> {
                    show(saved);
                    Notifications.saved(this);
                }));
    }

    private void showHistory() {
        historyContent.removeAll();
        historyContent.add(new HistoryList(municipalities.historyOf(shown.id()),
                field -> getTranslation(switch (field) {
                    case "side" -> "municipality.field.side";
                    case "countryCode" -> "registry.field.country";
                    case "hromadaCode" -> "municipality.field.hromada";
                    case "nameOriginal" -> "municipality.field.name-original";
                    case "nameUk" -> "municipality.field.name-uk";
                    case "nameEn" -> "municipality.field.name-en";
                    default -> "municipality.field.national-code";
                }),
                (field, value) -> switch (value) {
                    case Municipality.Side s -> getTranslation("municipality.side." + s.name());
                    case String code when field.equals("countryCode") -> CountryNames.displayName(code, getLocale());
                    default -> value.toString();
                }));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(MunicipalityListView.class));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("municipality.list.title") : shown.name();
    }
}
