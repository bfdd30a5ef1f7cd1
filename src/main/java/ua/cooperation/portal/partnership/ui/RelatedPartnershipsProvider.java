package ua.cooperation.portal.partnership.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;

/** The partnerships of a country or municipality on that record's page. */
// a UI bean, not a service: the access matrices scan @Service classes for entry points
@org.springframework.stereotype.Component
class RelatedPartnershipsProvider implements RelatedRecords<PartnershipFilter> {

    private final PartnershipService partnerships;

    RelatedPartnershipsProvider(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public Component create(String id, PartnershipFilter filter, String wholeListHref) {
        return new RelatedPartnerships(id, partnerships, filter, wholeListHref);
    }
}
