package ua.cooperation.portal.meeting;

import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import java.util.Locale;
import java.util.function.Function;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.UserDirectory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Action items as lists show them ({@link ActionItemView}): the owners' names and the decisions' numbers read in a
 * few queries for all the items, not one per item. The callers pass only items of meetings the reader may see.
 */
@Component
class ActionItemViews {

    private final DecisionRepository decisions;
    private final EntityManager entityManager;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final PortalTime time;
    private final RecordTexts texts;

    ActionItemViews(DecisionRepository decisions, EntityManager entityManager, UserDirectory users,
                    CurrentUser currentUser, PortalTime time, RecordTexts texts) {
        this.texts = texts;
        this.decisions = decisions;
        this.entityManager = entityManager;
        this.users = users;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The items with their meetings' titles (from {@code meetingsById}), owners' names and decisions' numbers. */
    List<ActionItemView> of(List<ActionItem> items, Map<Long, Meeting> meetingsById, Locale language) {
        Long me = currentUser.get().map(u -> u.id()).orElse(null);
        var userNames = users.displayNames(items.stream().map(ActionItem::getOwnerUserId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var personNames = personNames(items.stream().map(ActionItem::getOwnerPersonId).filter(Objects::nonNull)
                .distinct().toList());
        var numbers = new HashMap<Long, Integer>();
        decisions.findAllById(items.stream().map(ActionItem::getDecisionId).filter(Objects::nonNull)
                .collect(Collectors.toSet())).forEach(d -> numbers.put(d.getId(), d.getNumber()));
        var today = time.today();
        var titles = texts.localize(TextOwnerKind.ACTION_ITEM, ActionItemTextOwner.TITLE,
                originals(items, ActionItem::getId, ActionItem::getTitle), language);
        var notes = texts.localize(TextOwnerKind.ACTION_ITEM, ActionItemTextOwner.COMPLETION_NOTE,
                originals(items, ActionItem::getId, ActionItem::getCompletionNote), language);
        var meetingTitles = texts.localize(TextOwnerKind.MEETING, MeetingTextOwner.TITLE,
                originals(List.copyOf(meetingsById.values()), Meeting::getId, Meeting::getTitle), language);
        return items.stream().map(i -> {
            String owner;
            Long ownerUserId = i.getOwnerUserId();
            if (ownerUserId != null) {
                // a staff owner's name is withheld from partners (AccessPolicy): shown as the office
                owner = userNames.get(ownerUserId);
                if (owner == null) {
                    ownerUserId = null;
                }
            } else {
                owner = personNames.getOrDefault(i.getOwnerPersonId(), "#" + i.getOwnerPersonId());
            }
            var meeting = meetingsById.get(i.getMeetingId());
            return new ActionItemView(i.getId(), i.getVersion(), i.getMeetingId(),
                    meeting == null ? "" : meetingTitles.get(meeting.getId()).orEmpty(), i.getDecisionId(),
                    i.getDecisionId() == null ? null : numbers.get(i.getDecisionId()), i.getTitle(),
                    ownerUserId, i.getOwnerPersonId(), owner, i.getDueOn(), i.getStatus(),
                    i.getCompletionNote(), i.getPartnershipId(), i.getCountryCode(),
                    i.getStatus().overdue(i.getDueOn(), today),
                    // by value: two boxed ids above 127 are different objects
                    i.getOwnerUserId() != null && i.getOwnerUserId().equals(me),
                    titles.get(i.getId()), notes.get(i.getId()));
        }).toList();
    }

    private static <T> Map<Long, String> originals(List<T> records, Function<T, Long> id, Function<T, String> text) {
        var originals = new HashMap<Long, String>();
        records.forEach(record -> originals.put(id.apply(record), text.apply(record)));
        return originals;
    }

    /** The registry persons' names, in a query per chunk of ids, not one per item. */
    private Map<Long, String> personNames(List<Long> personIds) {
        var names = new HashMap<Long, String>();
        for (int from = 0; from < personIds.size(); from += VisibleMeetings.ID_CHUNK) {
            entityManager.createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", personIds.subList(from,
                            Math.min(personIds.size(), from + VisibleMeetings.ID_CHUNK)))
                    .getResultList().forEach(p -> names.put(p.getId(), p.fullName()));
        }
        return names;
    }
}
