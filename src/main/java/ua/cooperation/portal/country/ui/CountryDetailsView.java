package ua.cooperation.portal.country.ui;

import ua.cooperation.portal.base.ui.FollowButtons;
import ua.cooperation.portal.base.ui.FollowSlot;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.base.PortalLanguages;

import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.visit.VisitFilter;
import ua.cooperation.portal.visit.VisitLinks;
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.country.CountryLinks;

import ua.cooperation.portal.partnership.PartnershipLinks;

import ua.cooperation.portal.base.PortalTime;

import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.EditFlow;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.base.ui.TranslationStatus;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.country.CountryChanges;
import ua.cooperation.portal.country.CountryDetails;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.export.CountryBriefing;
import com.vaadin.flow.server.streams.DownloadHandler;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.practice.PracticeFilter;
import ua.cooperation.portal.practice.PracticeLinks;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.country.PartnerStatus;
import ua.cooperation.portal.base.ui.HistoryList;
import ua.cooperation.portal.registry.PositionItem;
import ua.cooperation.portal.registry.PositionService;
import ua.cooperation.portal.security.LiaisonPreview;

import java.time.MonthDay;
import java.util.Locale;
import java.util.function.Supplier;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One country: its name, status, national day and notes. Officers edit in a buffered form; when someone else saved
 * first, a dialog lets the officer choose instead of silently overwriting. A country the user may not see shows the
 * same "not found" page as a code that does not exist.
 */
@Route(CountryLinks.ROUTE + "/:" + CountryDetailsView.PARAM_CODE)
@PermitAll
public class CountryDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_CODE = "code";
    static final String ID_SAVE = "country-save";
    static final String ID_CANCEL = "country-cancel";
    static final String ID_CONFLICT_DIALOG = "country-conflict";
    static final String ID_PREVIEW = "country-preview-as-liaison";
    static final String ID_POST_HOLDERS = "country-post-holders";
    static final String ID_BRIEFING = "country-briefing";


    private final CountryService countries;
    private final PortalTime time;
    private final PositionService positions;
    private final Grid<PositionItem> postHolders = new Grid<>();
    private final H2 title = new H2();
    private final FollowSlot<TextOwnerKind> follow;
    private final Span code = new Span();
    private final Paragraph lastChange = new Paragraph();
    /** What partners read of the notes for partners: in their language, with its note (ADR 0040). */
    private final Div notesForPartners = new Div();
    private final Anchor translationsLink = new Anchor();
    private final Span translationStatus = new Span();
    private final CountryForm form;
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final TabSheet tabs = new TabSheet();
    private final Div historyContent = new Div();
    private Tab historyTab;
    private Tab partnershipsTab;
    private final Div partnershipsContent = new Div();
    private final RelatedRecords<PartnershipFilter> partnerships;
    private Tab meetingsTab;
    private final Div meetingsContent = new Div();
    private final RelatedRecords<MeetingFilter> meetings;
    private Tab practicesTab;
    private final Div practicesContent = new Div();
    private final RelatedRecords<PracticeFilter> practices;
    private Tab visitsTab;
    private final Div visitsContent = new Div();
    private final RelatedRecords<VisitFilter> visits;
    private final HorizontalLayout actions;
    private final EditFlow<CountryDetails> editFlow;
    private CountryDetails current;

    CountryDetailsView(CountryService countries, PositionService positions,
                       RelatedRecords<PartnershipFilter> partnerships, RelatedRecords<MeetingFilter> meetings,
                       RelatedRecords<PracticeFilter> practices,
                       LiaisonPreview preview, CountryBriefing briefing, PortalTime time,
                       PortalLanguages languages, FollowButtons<TextOwnerKind> follows,
                       RelatedRecords<VisitFilter> visits) {
        this.countries = countries;
        this.visits = visits;
        this.follow = new FollowSlot<>(follows, TextOwnerKind.COUNTRY);
        this.time = time;
        this.meetings = meetings;
        this.practices = practices;
        this.partnerships = partnerships;
        this.positions = positions;
        this.editFlow = new EditFlow<>(this, ID_CONFLICT_DIALOG,
                () -> countries.findVisibleByCode(current.code(), getLocale()), this::show, this::backToList);
        setMaxWidth("60em");
        addClassName("portal-details-view");

        var back = new RouterLink(getTranslation("country.details.back"), CountryListView.class);
        back.setId("country-back");
        var header = header(briefing);
        form = new CountryForm(getLocale(), languages.codes());
        actions = actions(preview);

        lastChange.setId("country-last-change");
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

        notesForPartners.setId("country-notes-for-partners-shown");
        translationsLink.setId("country-translations");
        translationsLink.setText(getTranslation("translation.open"));
        translationsLink.getElement().setAttribute("router-link", true);
        translationStatus.setId("country-translation-status");
        translationStatus.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var translations = new HorizontalLayout(translationsLink, translationStatus);
        translations.setAlignItems(Alignment.BASELINE);
        var overview = new VerticalLayout(notesForPartners, form, translations, actions, lastChange,
                new H3(getTranslation("country.post-holders.title")), configurePostHolders());
        overview.setPadding(false);
        addTabs(overview);
        add(back, header, tabs);
    }

    /** The country's name and code, and the link to its briefing pack. */
    private HorizontalLayout header(CountryBriefing briefing) {
        code.addClassNames("portal-code", LumoUtility.TextColor.SECONDARY);
        title.setId("country-title");
        title.addClassName(LumoUtility.Margin.NONE);
        // everyone who sees the country gets its briefing pack, with what they may see, in their language
        var locale = getLocale();
        var briefingLink = new Anchor(briefingDownload(briefing, () -> current.code(), locale, time),
                getTranslation("briefing.button"));
        briefingLink.setId(ID_BRIEFING);
        briefingLink.getElement().setAttribute("download", true);
        briefingLink.getElement().setAttribute("title", getTranslation("briefing.button.title"));
        briefingLink.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        briefingLink.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Left.AUTO);
        var header = new HorizontalLayout(title, code, briefingLink, follow);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    /** Save, discard and the officers' preview as this country's liaison; shown to those who may edit. */
    private HorizontalLayout actions(LiaisonPreview preview) {
        save.setText(getTranslation("action.save"));
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        cancel.setText(getTranslation("action.discard-changes"));
        cancel.setId(ID_CANCEL);
        cancel.addClickListener(e -> form.read(CountryChanges.of(current)));
        // officers check what the liaison of this country will see before sharing anything with them
        var previewAsLiaison = new Button(getTranslation("preview.start"), VaadinIcon.EYE.create(), e -> {
            preview.start(current.code());
            // a fresh page, so that every part of it is drawn with the new rights
            getUI().ifPresent(ui -> {
                ui.navigate("");
                ui.getPage().reload();
            });
        });
        previewAsLiaison.setId(ID_PREVIEW);
        previewAsLiaison.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(save, cancel, previewAsLiaison);
    }

    private void addTabs(VerticalLayout overview) {
        tabs.setId("country-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("details.tab.overview"), overview);
        partnershipsTab = tabs.add(getTranslation("partnership.list.title"), partnershipsContent);
        partnershipsTab.setId("country-partnerships-tab");
        meetingsTab = tabs.add(getTranslation("meeting.list.title"), meetingsContent);
        meetingsTab.setId("country-meetings-tab");
        practicesTab = tabs.add(getTranslation("practice.list.title"), practicesContent);
        practicesTab.setId("country-practices-tab");
        visitsTab = tabs.add(getTranslation("country.visits"), visitsContent);
        visitsTab.setId("country-visits-tab");
        historyTab = tabs.add(getTranslation("history.tab"), historyContent);
        historyTab.setId("country-history-tab");
        // history and partnerships are read when their tab is opened, not with every visit to the country
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == historyTab) {
                showHistory();
            } else if (e.getSelectedTab() == partnershipsTab) {
                showPartnerships();
            } else if (e.getSelectedTab() == meetingsTab) {
                meetingsContent.removeAll();
                meetingsContent.add(meetings.create("country-meetings",
                        MeetingFilter.ofCountry(current.code()), MeetingLinks.ofCountry(current.code())));
            } else if (e.getSelectedTab() == practicesTab) {
                practicesContent.removeAll();
                practicesContent.add(practices.create("country-practices",
                        PracticeFilter.ofCountry(current.code()), PracticeLinks.ofCountry(current.code())));
            } else if (e.getSelectedTab() == visitsTab) {
                visitsContent.removeAll();
                visitsContent.add(visits.create("country-visits",
                        VisitFilter.ofCountry(current.code()), VisitLinks.ofCountry(current.code())));
            }
        });
    }

    /**
     * Editors write the original in the form and reach its translations; readers get the notes in their language,
     * or the original marked with its language.
     */
    private void showNotesForPartners(CountryDetails details, boolean mayEdit) {
        form.notesForPartners.setVisible(mayEdit);
        translationsLink.getParent().ifPresent(row -> row.setVisible(mayEdit));
        if (mayEdit) {
            translationsLink.setHref(CountryLinks.translations(details.code()));
            translationStatus.setText(TranslationStatus.of(this, details.texts()));
        }
        notesForPartners.removeAll();
        var shown = details.texts().get("notesForPartners");
        notesForPartners.setVisible(!mayEdit && !shown.isEmpty());
        if (!mayEdit && !shown.isEmpty()) {
            var label = new H3(getTranslation("country.field.notes-for-partners"));
            label.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
            var text = TranslatedTexts.inline(this, shown, "country-notes-for-partners-text");
            text.getStyle().set("white-space", "pre-line");
            notesForPartners.add(label, text);
        }
    }

    private void showPartnerships() {
        partnershipsContent.removeAll();
        partnershipsContent.add(partnerships.create("country-partnerships",
                PartnershipFilter.ofCountry(current.code()), PartnershipLinks.ofCountry(current.code())));
    }

    private void showHistory() {
        historyContent.removeAll();
        var dayFormat = DateTimeFormatter.ofPattern("d MMMM", getLocale());
        historyContent.add(new HistoryList(countries.historyOf(current.code()),
                field -> getTranslation(switch (field) {
                    case "partnerStatus" -> "country.field.status";
                    case "nationalDay" -> "country.field.national-day";
                    case "partnerLanguage" -> "country.field.partner-language";
                    default -> "country.field.notes";
                }),
                (field, value) -> switch (value) {
                    case PartnerStatus status -> getTranslation("partner-status." + status.name());
                    case String code when field.equals("partnerLanguage") -> getTranslation("language." + code);
                    case MonthDay day -> dayFormat.format(day.atYear(2000));
                    default -> value.toString();
                }));
    }

    /**
     * The briefing pack of the country shown, as a PDF download; a country the reader no longer sees answers "not
     * found", as a missing one does. The file is made in full before it is sent (a few pages), so that a refusal can
     * still be told with the status.
     */
    static DownloadHandler briefingDownload(CountryBriefing briefing, Supplier<String> countryCode, Locale locale,
                                             PortalTime time) {
        return event -> {
            var code = countryCode.get();
            byte[] pdf;
            try {
                pdf = briefing.pdfOf(code, locale);
            } catch (RecordNotFoundException gone) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(CountryBriefing.fileName(code, time.today()));
            event.setContentType("application/pdf");
            event.setContentLength(pdf.length);
            try (var out = event.getOutputStream()) {
                out.write(pdf);
            }
        };
    }

    /**
     * Who currently holds a post in the country's organisations (ambassador, consuls …), derived from the registry's
     * positions. Links are plain addresses: features do not reach into each other's ui packages.
     */
    private Grid<PositionItem> configurePostHolders() {
        postHolders.setId(ID_POST_HOLDERS);
        postHolders.setAllRowsVisible(true);
        postHolders.addThemeVariants(GridVariant.LUMO_COMPACT);
        postHolders.setEmptyStateText(getTranslation("country.post-holders.empty"));
        postHolders.addComponentColumn(item -> new Anchor(RegistryLinks.organisation(item.organisationId()),
                        item.organisationName())).setKey("organisation")
                .setHeader(getTranslation("country.post-holders.organisation")).setFlexGrow(3);
        postHolders.addColumn(PositionItem::title).setKey("title")
                .setHeader(getTranslation("country.post-holders.post")).setFlexGrow(2);
        postHolders.addComponentColumn(item -> item.personVisible()
                        ? new Anchor(RegistryLinks.person(item.personId()), item.personName()) : new Span(item.personName()))
                .setKey("person").setHeader(getTranslation("country.post-holders.person")).setFlexGrow(2);
        postHolders.addColumn(item -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(item.fromDate())).setKey("from").setHeader(getTranslation("country.post-holders.since"))
                .setAutoWidth(true);
        return postHolders;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = event.getRouteParameters().get(PARAM_CODE).orElse("");
        var found = countries.findVisibleByCode(requested, getLocale());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(CountryDetails details) {
        current = details;
        follow.showCountry(details.code());
        if (tabs.getSelectedTab() == historyTab) {
            showHistory();
        } else if (tabs.getSelectedTab() == partnershipsTab) {
            showPartnerships();
        }
        title.setText(details.name());
        code.setText(details.code());
        boolean mayEdit = details.permissions().mayEdit();
        form.setReadOnly(!mayEdit);
        actions.setVisible(mayEdit);
        form.read(CountryChanges.of(details));
        // the service leaves the office's internal notes out for liaisons: no empty box where they would be
        form.notes.setVisible(mayEdit || details.notes() != null);
        showNotesForPartners(details, mayEdit);
        postHolders.setItems(positions.findCurrentInCountry(details.code(), getLocale()));
        if (details.updatedAt() != null) {
            var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).format(details.updatedAt().atZone(PortalTime.ZONE));
            lastChange.setText(getTranslation("record.last-change", Authors.shown(this, details.updatedBy()), when));
        } else {
            lastChange.setText("");
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void save() {
        form.writeIfValid().ifPresent(changes -> editFlow.save(
                () -> countries.update(changes, getLocale()), form, this::show,
                stored -> {
                    // an explicit choice to put this user's values over the other save
                    current = stored;
                    form.rebase(stored.version());
                },
                this::save));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(CountryListView.class));
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("country.list.title") : current.name();
    }
}
