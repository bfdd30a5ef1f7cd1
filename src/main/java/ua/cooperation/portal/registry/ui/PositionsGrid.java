package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.registry.RegistryLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.registry.PositionItem;
import ua.cooperation.portal.registry.PositionService;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Posts in a grid: from an organisation's side the column names the person, from a person's side the organisation.
 * Officers end a post (its last day) or remove one recorded by mistake.
 */
class PositionsGrid extends Grid<PositionItem> {

    static final String ID_END_DATE = "position-end-date";
    static final String ID_END_SAVE = "position-end-save";
    static final String ID_REMOVE_CONFIRM = "position-remove-confirm";

    enum Side { ORGANISATION, PERSON }

    private final PositionService positions;
    private final Locale locale;
    private final Runnable onChanged;
    private Column<PositionItem> actions;

    /** A grid without the officers' actions; {@link #setEditable} shows them once the record says the reader may. */
    PositionsGrid(String id, Side side, PositionService positions, Locale locale, String emptyTextKey,
                  Runnable onChanged) {
        this.positions = positions;
        this.locale = locale;
        this.onChanged = onChanged;
        setId(id);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        setEmptyStateText(getTranslation(emptyTextKey));
        if (side == Side.ORGANISATION) {
            addComponentColumn(this::personLink).setKey("person").setHeader(getTranslation("position.field.person"))
                    .setFlexGrow(2);
        } else {
            addComponentColumn(item -> link(RegistryLinks.ORGANISATIONS, item.organisationId(),
                    item.organisationName(), true)).setKey("organisation")
                    .setHeader(getTranslation("position.field.organisation")).setFlexGrow(3);
        }
        addColumn(PositionItem::title).setKey("title").setHeader(getTranslation("position.field.title"))
                .setFlexGrow(2);
        addColumn(item -> Registry.date(item.fromDate(), locale)).setKey("from")
                .setHeader(getTranslation("position.field.from")).setAutoWidth(true);
        addColumn(item -> Registry.date(item.toDate(), locale)).setKey("to")
                .setHeader(getTranslation("position.field.to")).setAutoWidth(true);
        addColumn(item -> getTranslation("position-status." + item.status().name())).setKey("status")
                .setHeader(getTranslation("position.field.status")).setAutoWidth(true);
    }

    /** Whether the officers' actions (end, remove) show: from the record's permissions, never from a role. */
    void setEditable(boolean editable) {
        if (editable && actions == null) {
            // added only for those who may use it, so that a reader's grid holds no buttons at all
            actions = addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        if (actions != null) {
            actions.setVisible(editable);
        }
    }

    void show(List<PositionItem> items) {
        setItems(items);
    }

    private Component personLink(PositionItem item) {
        return link(RegistryLinks.PEOPLE, item.personId(), item.personName(), item.personVisible());
    }

    private static Component link(String route, long id, String text, boolean visible) {
        if (!visible) {
            return new Span(text);
        }
        var anchor = new Anchor(route + "/" + id, text);
        anchor.setId("link-" + route + "-" + id);
        return anchor;
    }

    private Component actions(PositionItem item) {
        var end = new Button(VaadinIcon.CALENDAR_CLOCK.create(), e -> openEnd(item));
        end.setId("position-end-" + item.id());
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        end.setTooltipText(getTranslation("position.end.title"));
        end.setAriaLabel(getTranslation("position.end.title"));
        end.setVisible(item.status() != PositionItem.Status.PAST);
        var remove = new Button(VaadinIcon.TRASH.create(), e -> openRemove(item));
        remove.setId("position-remove-" + item.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setTooltipText(getTranslation("position.remove.title"));
        remove.setAriaLabel(getTranslation("position.remove.title"));
        return new HorizontalLayout(end, remove);
    }

    private void openEnd(PositionItem item) {
        var dialog = new Dialog();
        dialog.setId("position-end");
        dialog.setHeaderTitle(getTranslation("position.end.title"));
        var lastDay = new DatePicker(getTranslation("position.end.last-day"));
        lastDay.setId(ID_END_DATE);
        lastDay.setLocale(locale);
        lastDay.setValue(positions.today().isBefore(item.fromDate()) ? item.fromDate() : positions.today());
        lastDay.setMin(item.fromDate());
        lastDay.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("position.validation.to-before-from"))
                .setRequiredErrorMessage(getTranslation("position.validation.end-required")));
        lastDay.setRequired(true);
        dialog.add(lastDay);
        var save = new Button(getTranslation("action.save"), e -> {
            LocalDate value = lastDay.getValue();
            if (value == null || value.isBefore(item.fromDate())) {
                lastDay.setErrorMessage(getTranslation(value == null ? "position.validation.end-required"
                        : "position.validation.to-before-from"));
                lastDay.setInvalid(true);
                return;
            }
            change(() -> positions.end(item.id(), item.version(), value, locale));
            dialog.close();
        });
        save.setId(ID_END_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openRemove(PositionItem item) {
        var confirm = new ConfirmDialog();
        confirm.setId(ID_REMOVE_CONFIRM);
        confirm.setHeader(getTranslation("position.remove.title"));
        confirm.setText(getTranslation("position.remove.text", item.title(), item.personName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("position.remove.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> change(() -> positions.remove(item.id(), item.version())));
        confirm.open();
    }

    private void change(Runnable work) {
        try {
            work.run();
            Notifications.saved(this);
        } catch (ConcurrentEditException | RecordNotFoundException | IllegalArgumentException stale) {
            // someone changed or removed the post meanwhile: show the stored state
            Notifications.error(this, "record.invalid");
        }
        onChanged.run();
    }
}
