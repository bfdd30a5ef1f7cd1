package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * The place of the follow button on a record's page: filled when the page shows a record, and again only when it
 * shows another one (a save of the same record keeps the button as it is).
 */
public class FollowSlot<K> extends Div {

    private final FollowButtons<K> buttons;
    private final K kind;
    private Object shownId;

    public FollowSlot(FollowButtons<K> buttons, K kind) {
        this.buttons = buttons;
        this.kind = kind;
    }

    /** Shows the button for the record {@code id}. */
    public void show(long id) {
        if (!Long.valueOf(id).equals(shownId)) {
            removeAll();
            add(buttons.create(kind, id));
            shownId = id;
        }
    }

    /** Shows the button for the country {@code code}. */
    public void showCountry(String code) {
        if (!code.equals(shownId)) {
            removeAll();
            add(buttons.forCountry(code));
            shownId = code;
        }
    }
}
