package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingService;

/** The meetings of a country, partnership, programme, organisation or person on that record's page. */
// a UI bean, not a service: the access matrices scan @Service classes for entry points
@org.springframework.stereotype.Component
class RelatedMeetingsProvider implements RelatedRecords<MeetingFilter> {

    private final MeetingService meetings;

    RelatedMeetingsProvider(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Component create(String id, MeetingFilter filter, String wholeListHref) {
        return new RelatedMeetings(id, meetings, filter, wholeListHref);
    }
}
