package ua.cooperation.portal.country.ui;

import com.vaadin.flow.component.html.Span;
import ua.cooperation.portal.country.PartnerStatus;

/** The partner status as a coloured, translated badge. */
class PartnerStatusBadge extends Span {

    PartnerStatusBadge(PartnerStatus status) {
        setText(getTranslation("partner-status." + status.name()));
        addClassNames("portal-badge", "portal-badge-" + status.name().toLowerCase());
    }
}
