package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The records of one feature that concern a record of another, on that record's page: e.g. the meetings of a
 * partnership, the partnerships of a country. The feature that owns the listed records provides it as a bean for its
 * filter type ({@code RelatedRecords<MeetingFilter>} from meeting.ui, {@code RelatedRecords<PartnershipFilter>} from
 * partnership.ui), so that pages show each other's records without reaching into each other's ui packages. Scoped by
 * the owning service like every other read.
 */
public interface RelatedRecords<F> {

    /**
     * The newest records matching {@code filter} (at most a page of them), each linking to its details, and a link to
     * the whole filtered list at {@code wholeListHref} when there are more. Ids start with {@code id}.
     */
    Component create(String id, F filter, String wholeListHref);
}
