package ua.cooperation.portal.translation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TranslationLinks;
import ua.cooperation.portal.translation.TranslationWorkItem;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The officers' translation work list (ADR 0040): texts shared with partners whose translation into the partner's
 * language is missing or outdated, the most recently changed first; a language filter and the count per language.
 * The list holds at most {@link #LIMIT} records: it is a to-do list, worked from the top.
 */
@Route(TranslationLinks.ROUTE)
@RolesAllowed({"OFFICER", "ADMIN"})
public class TranslationWorkListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int LIMIT = 200;

    private final ContentTranslations translations;
    private final Select<String> language = new Select<>();
    private final HorizontalLayout counts = new HorizontalLayout();
    private final Grid<TranslationWorkItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Paragraph limited = new Paragraph();

    TranslationWorkListView(ContentTranslations translations) {
        this.translations = translations;
        setId("translation-work-view");
        var title = new H2(getTranslation("translation.work.title"));
        title.addClassName(LumoUtility.Margin.NONE);
        var intro = new Paragraph(getTranslation("translation.work.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        counts.setId("translation-work-counts");
        counts.addClassName(LumoUtility.FlexWrap.WRAP);

        language.setId("translation-work-language");
        language.setLabel(getTranslation("translation.work.language"));
        var others = translations.languages().stream().filter(l -> !l.equals(PortalLanguages.OFFICE_LANGUAGE))
                .toList();
        language.setItems(others);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("translation.work.all-languages"));
        language.setItemLabelGenerator(code -> code == null ? getTranslation("translation.work.all-languages")
                : getTranslation("language." + code));
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(TranslationWorkListView.class, event.getValue() == null
                        ? QueryParameters.empty()
                        : QueryParameters.of(TranslationLinks.QUERY_LANGUAGE, event.getValue())));
            }
        });

        grid.setId("translation-work-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(item -> getTranslation("translation.kind." + item.record().kind().name()))
                .setHeader(getTranslation("translation.work.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::recordLink).setHeader(getTranslation("translation.work.record"))
                .setFlexGrow(1);
        grid.addColumn(item -> getTranslation("language." + item.language()))
                .setHeader(getTranslation("translation.work.language")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::state).setHeader(getTranslation("translation.work.state")).setFlexGrow(1);
        grid.addColumn(item -> item.changedAt() == null ? "" : DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                        .format(item.changedAt().atZone(ua.cooperation.portal.base.PortalTime.ZONE)))
                .setHeader(getTranslation("translation.work.changed")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setId("translation-work-empty");
        empty.setText(getTranslation("translation.work.empty"));
        limited.setId("translation-work-limited");
        limited.setText(getTranslation("translation.work.limited", LIMIT));
        limited.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(title, intro, counts, language, grid, empty, limited);
    }

    private Anchor recordLink(TranslationWorkItem item) {
        var link = new Anchor(TranslationLinks.of(item.record().kind(), item.record().id(), item.language()),
                item.record().label());
        link.getElement().setAttribute("router-link", true);
        link.setId("translation-work-" + item.record().kind().slug() + "-" + item.record().id() + "-"
                + item.language());
        return link;
    }

    private String state(TranslationWorkItem item) {
        var parts = new java.util.ArrayList<String>();
        if (!item.missingFields().isEmpty()) {
            parts.add(getTranslation("translation.work.missing", item.missingFields().size()));
        }
        if (!item.outdatedFields().isEmpty()) {
            parts.add(getTranslation("translation.work.outdated", item.outdatedFields().size()));
        }
        return String.join(" · ", parts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var asked = event.getLocation().getQueryParameters().getSingleParameter(TranslationLinks.QUERY_LANGUAGE)
                .filter(translations.languages()::contains).orElse(null);
        language.setValue(asked);
        showCounts();
        List<TranslationWorkItem> items = translations.workList(asked, LIMIT + 1);
        grid.setItems(items.size() > LIMIT ? items.subList(0, LIMIT) : items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
        limited.setVisible(items.size() > LIMIT);
    }

    private void showCounts() {
        counts.removeAll();
        var all = translations.workCounts();
        counts.add(new Span(all.isEmpty() ? getTranslation("translation.work.none")
                : all.entrySet().stream().map(e -> getTranslation("language." + e.getKey()) + ": "
                        + (e.getValue().atLeast() ? getTranslation("translation.work.more-than", e.getValue().value())
                        : e.getValue().value()))
                .collect(Collectors.joining(" · "))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translation.work.title");
    }
}
