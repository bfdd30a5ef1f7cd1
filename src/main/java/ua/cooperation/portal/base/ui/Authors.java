package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Who changed, uploaded or owns something, as the reader may read it. Services withhold the names of staff members
 * from partners ({@code null}, see {@code security.AccessPolicy}); the reader then sees the office instead.
 */
public final class Authors {

    private Authors() {
    }

    /** The name, or the office's name in the reader's language where the name is withheld. */
    public static String shown(Component source, String name) {
        return name != null ? name : source.getTranslation("office.name");
    }
}
