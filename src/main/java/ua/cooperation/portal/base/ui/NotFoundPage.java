package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The "not found" page content. Unknown addresses, records the user may not see and views their roles do not allow
 * all show exactly this, so that the portal does not reveal what exists.
 */
public abstract class NotFoundPage extends VerticalLayout implements HasDynamicTitle {

    static final String ID = "not-found";

    protected NotFoundPage() {
        setId(ID);
        addClassName(LumoUtility.Padding.LARGE);
        var heading = new H2(getTranslation("error.not-found.title"));
        var text = new Paragraph(getTranslation("error.not-found.text"));
        text.addClassName(LumoUtility.TextColor.SECONDARY);
        add(heading, text, new Anchor("", getTranslation("error.back-home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title");
    }
}
