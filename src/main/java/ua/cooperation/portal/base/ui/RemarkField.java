package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import ua.cooperation.portal.base.Remark;

/**
 * The note of a status change or an approval step, with the choice whether partners may read it. Unticked by default:
 * what staff write to each other stays with the office unless the writer decides otherwise (ADR 0038).
 */
public class RemarkField extends VerticalLayout {

    public static final String SUFFIX_FOR_PARTNERS = "-for-partners";

    private final TextArea text = new TextArea();
    private final Checkbox forPartners = new Checkbox();

    /** @param id the text area's id; the check box gets {@code id + "-for-partners"} */
    public RemarkField(String id, String label, int maxLength) {
        setPadding(false);
        setSpacing(false);
        text.setId(id);
        text.setLabel(label);
        text.setWidthFull();
        text.setMinHeight("6em");
        text.setMaxLength(maxLength);
        forPartners.setId(id + SUFFIX_FOR_PARTNERS);
        forPartners.setLabel(getTranslation("remark.for-partners"));
        forPartners.setTooltipText(getTranslation("remark.for-partners.help"));
        add(text, forPartners);
    }

    /** The note as typed, with the writer's choice; null when nothing was typed. */
    public Remark value() {
        var typed = text.getValue();
        return typed == null || typed.isBlank() ? null : new Remark(typed, forPartners.getValue());
    }

    public TextArea text() {
        return text;
    }

    /** A stored note as lists show it: the text, marked when partners may read it; empty for none. */
    public static String shown(com.vaadin.flow.component.Component source, String note, boolean forPartners) {
        if (note == null) {
            return "";
        }
        return forPartners ? note + " (" + source.getTranslation("remark.for-partners.badge") + ")" : note;
    }
}
