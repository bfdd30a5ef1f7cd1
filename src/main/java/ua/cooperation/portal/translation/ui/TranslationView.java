package ua.cooperation.portal.translation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;
import ua.cooperation.portal.translation.TranslationLinks;
import ua.cooperation.portal.translation.TranslationSheet;
import ua.cooperation.portal.translation.TranslationState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The translation page of one record (ADR 0040): a tab per language, and for each text the original (with its
 * language named) beside the translation. An outdated translation says so and can be confirmed as still right; a
 * blank one is removed, and readers then see the original with its language.
 */
@Route(TranslationLinks.ROUTE + "/:" + TranslationView.PARAM_KIND + "/:" + TranslationView.PARAM_ID
        + RouteIds.ID_PATTERN)
@PermitAll
public class TranslationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, RecordForm {

    static final String PARAM_KIND = "kind";
    static final String PARAM_ID = "id";

    private final ContentTranslations translations;
    private final H2 heading = new H2();
    private final Anchor back = new Anchor();
    private final Paragraph original = new Paragraph();
    private final Tabs languageTabs = new Tabs();
    private final Div texts = new Div();
    private final Button save = new Button();
    private final Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
    private final Map<String, Checkbox> confirmations = new LinkedHashMap<>();
    private final EditFlow<TranslationSheet> editFlow;
    private TextOwnerKind kind;
    private long id;
    private TranslationSheet shown;
    /** The versions the user's values stand on; the conflict dialog's "keep mine" moves them to the stored ones. */
    private Map<String, Long> versions = new LinkedHashMap<>();

    TranslationView(ContentTranslations translations) {
        this.translations = translations;
        this.editFlow = new EditFlow<>(this, "translation-conflict-dialog", this::reloadSheet, this::show,
                () -> UI.getCurrent().navigate(TranslationWorkListView.class));
        setId("translation-view");
        setMaxWidth("80em");
        back.setId("translation-back");
        back.getElement().setAttribute("router-link", true);
        heading.setId("translation-heading");
        heading.addClassName(LumoUtility.Margin.NONE);
        original.setId("translation-original-language");
        original.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        languageTabs.setId("translation-languages");
        texts.setId("translation-texts");
        texts.setWidthFull();
        save.setId("translation-save");
        save.setText(getTranslation("translation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        add(back, heading, original, languageTabs, texts, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var foundKind = event.getRouteParameters().get(PARAM_KIND).flatMap(TextOwnerKind::ofSlug);
        var foundId = RouteIds.id(event, PARAM_ID);
        if (foundKind.isEmpty() || foundId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        kind = foundKind.get();
        id = foundId.get();
        var asked = event.getLocation().getQueryParameters().getSingleParameter(TranslationLinks.QUERY_LANGUAGE);
        try {
            var probe = translations.sheet(kind, id, asked.orElse(getLocale().getLanguage()));
            var language = asked.filter(probe.languages()::contains)
                    .or(() -> Optional.of(getLocale().getLanguage()).filter(probe.languages()::contains))
                    .orElse(probe.languages().getFirst());
            show(language.equals(probe.texts().getFirst().language()) ? probe
                    : translations.sheet(kind, id, language));
        } catch (RecordNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private Optional<TranslationSheet> reloadSheet() {
        try {
            return Optional.of(translations.sheet(kind, id, language()));
        } catch (RecordNotFoundException gone) {
            return Optional.empty();
        }
    }

    private String language() {
        return shown.texts().getFirst().language();
    }

    private void show(TranslationSheet sheet) {
        shown = sheet;
        var record = sheet.record();
        heading.setText(getTranslation("translation.page.title", record.label()));
        back.setText(getTranslation("translation.back"));
        back.setHref(record.address());
        original.setText(getTranslation("translation.original-language", languageName(sheet.originalLanguage())));
        showLanguageTabs(sheet);
        fields.clear();
        confirmations.clear();
        versions = new LinkedHashMap<>();
        texts.removeAll();
        for (var state : sheet.texts()) {
            texts.add(row(state, record.mayEdit()));
            versions.put(state.text().field(), state.version());
        }
        save.setVisible(record.mayEdit());
    }

    private void showLanguageTabs(TranslationSheet sheet) {
        languageTabs.removeAll();
        Tab selected = null;
        for (var language : sheet.languages()) {
            var tab = new Tab(languageName(language));
            tab.setId("translation-language-" + language);
            languageTabs.add(tab);
            if (language.equals(sheet.texts().getFirst().language())) {
                selected = tab;
            }
        }
        languageTabs.setSelectedTab(selected);
        languageTabs.addSelectedChangeListener(event -> {
            if (event.isFromClient() && event.getSelectedTab() != null) {
                var language = event.getSelectedTab().getId().orElseThrow().substring("translation-language-".length());
                switchTo(language);
            }
        });
    }

    /** Another language: straight away when nothing was typed, else after the user agrees to drop it. */
    private void switchTo(String language) {
        Runnable go = () -> UI.getCurrent().navigate(TranslationLinks.of(kind, id), QueryParameters.of(
                TranslationLinks.QUERY_LANGUAGE, language));
        if (changes().isEmpty()) {
            go.run();
            return;
        }
        var confirm = new ConfirmDialog(getTranslation("translation.discard.title"),
                getTranslation("translation.discard.text"), getTranslation("translation.discard.confirm"),
                e -> go.run(), getTranslation("action.cancel"), e -> languageTabs.setSelectedTab(
                languageTabs.getChildren().map(Tab.class::cast)
                        .filter(t -> t.getId().orElse("").endsWith("-" + language())).findFirst().orElse(null)));
        confirm.setId("translation-discard-dialog");
        confirm.open();
    }

    private HorizontalLayout row(TranslationState state, boolean mayEdit) {
        var text = state.text();
        var label = getTranslation(text.labelKey(), text.labelArguments().toArray());
        var originalText = new Div();
        originalText.setId("translation-original-" + text.field());
        originalText.addClassName("portal-translation-original");
        var originalValue = new Span(state.original() == null || state.original().isBlank() ? "—" : state.original());
        originalValue.getElement().setAttribute("lang", shown.originalLanguage());
        var originalLabel = new Span(label + " · " + languageName(shown.originalLanguage()));
        originalLabel.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
                LumoUtility.Display.BLOCK);
        originalText.add(originalLabel, originalValue);
        originalText.setWidth("50%");

        TextFieldBase<?, String> field = text.multiline() ? new TextArea() : new TextField();
        field.setId("translation-" + text.field());
        field.setLabel(label + " · " + languageName(state.language()));
        field.setValue(Objects.requireNonNullElse(state.translation(), ""));
        field.getElement().setAttribute("lang", state.language());
        field.setWidth("50%");
        field.setReadOnly(!mayEdit);
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> checkLength(field, text.maxLength()));
        if (state.missing()) {
            field.setHelperText(getTranslation("translation.missing"));
        }
        fields.put(text.field(), field);
        var translated = new VerticalLayout(field);
        translated.setPadding(false);
        translated.setSpacing(false);
        translated.setWidth("50%");
        if (state.outdated()) {
            var confirm = new Checkbox(getTranslation("translation.confirm"));
            confirm.setId("translation-" + text.field() + "-confirm");
            confirm.setReadOnly(!mayEdit);
            var note = new Span(getTranslation("translation.outdated"));
            note.setId("translation-" + text.field() + "-outdated");
            note.addClassNames("portal-text-note", "portal-text-note-outdated");
            confirmations.put(text.field(), confirm);
            translated.add(note, confirm);
        }
        var row = new HorizontalLayout(originalText, translated);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.START);
        row.addClassName(LumoUtility.FlexWrap.WRAP);
        return row;
    }

    private boolean checkLength(TextFieldBase<?, String> field, int maxLength) {
        var tooLong = field.getValue().strip().length() > maxLength;
        field.setInvalid(tooLong);
        field.setErrorMessage(tooLong ? getTranslation("translation.too-long", maxLength) : null);
        return !tooLong;
    }

    /** What the user changed: texts that differ from the stored ones, and confirmed outdated ones. */
    private List<TranslationChange> changes() {
        var changes = new ArrayList<TranslationChange>();
        if (shown == null) {
            return changes;
        }
        for (var state : shown.texts()) {
            var field = fields.get(state.text().field());
            var confirm = confirmations.get(state.text().field());
            var typed = field.getValue().strip();
            var confirmed = confirm != null && confirm.getValue();
            if (!typed.equals(Objects.requireNonNullElse(state.translation(), "")) || confirmed) {
                changes.add(new TranslationChange(state.text().field(), typed, confirmed,
                        versions.get(state.text().field())));
            }
        }
        return changes;
    }

    private void save() {
        var valid = true;
        for (var state : shown.texts()) {
            valid &= checkLength(fields.get(state.text().field()), state.text().maxLength());
        }
        if (!valid) {
            return;
        }
        var changes = changes();
        if (changes.isEmpty()) {
            return;
        }
        var language = language();
        editFlow.save(() -> {
            translations.save(kind, id, language, changes);
            return translations.sheet(kind, id, language);
        }, this, this::show, stored -> stored.texts().forEach(s -> versions.put(s.text().field(), s.version())),
                this::save);
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        var field = fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(refusal.messageKey()));
        return true;
    }

    private String languageName(String language) {
        return getTranslation("language." + language);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("translation.work.title")
                : getTranslation("translation.page.title", shown.record().label());
    }
}
