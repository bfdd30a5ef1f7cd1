package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.security.Permissions;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;

/**
 * The overview tab of an organisation or a person: the form, Save and "discard changes" for those who may edit, and
 * who changed the record last. Ids: {@code <prefix>-save}, {@code <prefix>-cancel}, {@code <prefix>-last-change}.
 */
final class RegistryOverview extends VerticalLayout {

    private final HorizontalLayout actions = new HorizontalLayout();
    private final Paragraph lastChange = new Paragraph();
    private final Consumer<Boolean> readOnly;

    /**
     * @param form     the record's form
     * @param readOnly makes the form read-only ({@code true}) or editable
     * @param save     the page's save
     * @param discard  reads the shown record into the form again
     */
    RegistryOverview(String prefix, Component form, Consumer<Boolean> readOnly, Runnable save, Runnable discard) {
        this.readOnly = readOnly;
        var saveButton = new Button(getTranslation("action.save"), e -> save.run());
        saveButton.setId(prefix + "-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        var cancel = new Button(getTranslation("action.discard-changes"), e -> discard.run());
        cancel.setId(prefix + "-cancel");
        actions.add(saveButton, cancel);
        lastChange.setId(prefix + "-last-change");
        lastChange.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(form, actions, lastChange);
        setPadding(false);
    }

    /** Shows a record's rights (what the reader may do comes with the record) and its last change. */
    void show(Permissions permissions, Instant updatedAt, String updatedBy) {
        readOnly.accept(!permissions.mayEdit());
        actions.setVisible(permissions.mayEdit());
        if (updatedAt == null) {
            lastChange.setText("");
            return;
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(updatedAt.atZone(PortalTime.ZONE));
        lastChange.setText(getTranslation("record.last-change", Authors.shown(this, updatedBy), when));
    }
}
