package ua.cooperation.portal.meeting;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Tells the rest of the portal what the meeting services changed ({@link MeetingSaved}, {@link ActionItemChanged}),
 * inside their transactions: what a listener writes commits or rolls back with the change. The services take a
 * {@link MeetingState} or {@link ItemState} before they apply a change and hand it back here after the flush.
 */
@Component
class MeetingEvents {

    /** What of a meeting partners read, before a change: to tell "newly shared" and "shared and changed". */
    record MeetingState(boolean exists, boolean shared, List<Object> partnersRead) {
    }

    /** What of an action item its owner hears of, before a change. */
    record ItemState(boolean exists, Long ownerUserId, LocalDate dueOn, ActionItemStatus status, String note) {
    }

    private final ApplicationEventPublisher events;

    MeetingEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    static MeetingState stateOf(Meeting meeting) {
        return new MeetingState(meeting.getId() != null, meeting.isSharedWithPartners(), partnersRead(meeting));
    }

    static ItemState stateOf(ActionItem item) {
        return new ItemState(item.getId() != null, item.getOwnerUserId(), item.getDueOn(), item.getStatus(),
                item.getCompletionNote());
    }

    void meetingSaved(Meeting meeting, MeetingState before) {
        boolean shared = meeting.isSharedWithPartners();
        boolean newlyShared = shared && (!before.exists() || !before.shared());
        boolean changedShared = shared && before.exists() && before.shared()
                && !before.partnersRead().equals(partnersRead(meeting));
        events.publishEvent(new MeetingSaved(meeting.getId(), !before.exists(), meeting.getCountryCodes(), shared,
                newlyShared, changedShared));
    }

    /** An officer's save of an item (all fields). */
    void itemSaved(ActionItem item, ItemState before, Meeting meeting) {
        ActionItemChanged.Change change = null;
        if (item.getOwnerUserId() != null && !Objects.equals(item.getOwnerUserId(), before.ownerUserId())) {
            change = ActionItemChanged.Change.ASSIGNED;
        } else if (before.exists() && item.getStatus() != before.status()
                && item.getStatus() == ActionItemStatus.DONE) {
            change = ActionItemChanged.Change.DONE;
        } else if (before.exists() && item.getStatus() != before.status()
                && item.getStatus() == ActionItemStatus.CANCELLED) {
            change = ActionItemChanged.Change.CANCELLED;
        } else if (before.exists() && !Objects.equals(item.getDueOn(), before.dueOn())) {
            change = ActionItemChanged.Change.DUE_MOVED;
        }
        if (change != null) {
            publish(item, change, meeting);
        }
    }

    /** The owner's own update of status and note. */
    void itemUpdatedByOwner(ActionItem item, ItemState before, Meeting meeting) {
        if (item.getStatus() != before.status() || !Objects.equals(item.getCompletionNote(), before.note())) {
            publish(item, ActionItemChanged.Change.UPDATED_BY_OWNER, meeting);
        }
    }

    private void publish(ActionItem item, ActionItemChanged.Change change, Meeting meeting) {
        events.publishEvent(new ActionItemChanged(item.getId(), meeting.getId(), change, item.getOwnerUserId(),
                meeting.getResponsibleUserId(), meeting.getCountryCodes(), meeting.isSharedWithPartners()));
    }

    /** Time, place, title, agenda and minutes: what partners are told of when it changes. */
    private static List<Object> partnersRead(Meeting meeting) {
        return java.util.Arrays.asList(meeting.getStartsAt(), meeting.getEndsAt(), meeting.getPlace(),
                meeting.getOnlineLink(), meeting.getTitle(), meeting.getAgenda(), meeting.getMinutes());
    }
}
