package ua.cooperation.portal.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.dashboard.DashboardRows.ActionItemRow;
import ua.cooperation.portal.dashboard.DashboardRows.OwnerOverdue;
import ua.cooperation.portal.meeting.ActionItem;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.UserDirectory;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static ua.cooperation.portal.dashboard.DashboardService.LIST_SIZE;
import static ua.cooperation.portal.dashboard.DashboardService.OWNER_LIST_SIZE;

/** The dashboards' action item figures: the reader's own open items, and the overdue ones per owner for the head. */
@Component
class ActionItemFigures {

    private static final EnumSet<ActionItemStatus> OPEN = EnumSet.of(ActionItemStatus.OPEN,
            ActionItemStatus.IN_PROGRESS);

    private final EntityManager entityManager;
    private final CountryScope scope;
    private final DashboardQueries queries;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final RecordTexts texts;

    ActionItemFigures(EntityManager entityManager, CountryScope scope, DashboardQueries queries,
                      CurrentUser currentUser, UserDirectory users, RecordTexts texts) {
        this.texts = texts;
        this.entityManager = entityManager;
        this.scope = scope;
        this.queries = queries;
        this.currentUser = currentUser;
        this.users = users;
    }

    /**
     * The reader's own open items whose meeting they may see (the rule of "My action items"); only overdue ones when
     * asked.
     */
    long countMyItems(LocalDate today, boolean overdueOnly) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var meeting = query.from(Meeting.class);
        var item = query.from(ActionItem.class);
        query.select(cb.count(item)).where(myOpenItems(query, cb, meeting, item, today, overdueOnly));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** The reader's first open items, titled in her language (one query per text for the whole list). */
    List<ActionItemRow> myItems(LocalDate today, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var meeting = query.from(Meeting.class);
        var item = query.from(ActionItem.class);
        // due date ascending puts the overdue ones first, as "My action items" does
        query.multiselect(item.get("id"), item.get("title"), item.get("dueOn"), item.get("status"), meeting.get("id"),
                        meeting.get("title"))
                .where(myOpenItems(query, cb, meeting, item, today, false))
                .orderBy(cb.asc(item.get("dueOn")), cb.asc(item.get("id")));
        var rows = entityManager.createQuery(query).setMaxResults(LIST_SIZE).getResultList();
        var itemTitles = new HashMap<Long, String>();
        var meetingTitles = new HashMap<Long, String>();
        for (var t : rows) {
            itemTitles.put(t.get(0, Long.class), t.get(1, String.class));
            meetingTitles.put(t.get(4, Long.class), t.get(5, String.class));
        }
        var shownItems = texts.localize(TextOwnerKind.ACTION_ITEM, "title", itemTitles, language);
        var shownMeetings = texts.localize(TextOwnerKind.MEETING, "title", meetingTitles, language);
        return rows.stream()
                .map(t -> {
                    var status = t.get(3, ActionItemStatus.class);
                    var due = t.get(2, LocalDate.class);
                    return new ActionItemRow(t.get(0, Long.class), shownItems.get(t.get(0, Long.class)), due, status,
                            status.overdue(due, today), t.get(4, Long.class), shownMeetings.get(t.get(4, Long.class)));
                })
                .toList();
    }

    private Predicate myOpenItems(CriteriaQuery<?> query, CriteriaBuilder cb, Root<Meeting> meeting,
                                  Root<ActionItem> item, LocalDate today, boolean overdueOnly) {
        var me = currentUser.require().id();
        var predicates = new ArrayList<Predicate>();
        predicates.add(cb.equal(item.get("meetingId"), meeting.get("id")));
        predicates.add(cb.equal(item.get("ownerUserId"), me));
        predicates.add(item.get("status").in(OPEN));
        if (overdueOnly) {
            predicates.add(cb.lessThan(item.get("dueOn"), today));
        }
        predicates.add(queries.meetingScope().toPredicate(meeting, query, cb));
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /** Open items past their due date, per owner (a portal user or a registry person), most overdue first. */
    List<OwnerOverdue> overdueByOwner(LocalDate today, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var item = query.from(ActionItem.class);
        Expression<Long> userId = item.get("ownerUserId");
        Expression<Long> personId = item.get("ownerPersonId");
        var predicates = new ArrayList<Predicate>(List.of(item.get("status").in(OPEN),
                cb.lessThan(item.get("dueOn"), today)));
        if (scope.isRestricted()) {
            // the items of the meetings the user may see; staff see all, and without the join the count reads only
            // the (status, due date, owner) index: 35 ms instead of 650 ms on two million items
            var meeting = query.from(Meeting.class);
            predicates.add(cb.equal(item.get("meetingId"), meeting.get("id")));
            predicates.add(queries.meetingScope().toPredicate(meeting, query, cb));
        }
        query.multiselect(userId, personId, cb.count(item))
                .where(predicates.toArray(Predicate[]::new))
                .groupBy(userId, personId);
        // the owners with the most overdue items (the panel is a summary; each owner's figure links to the list):
        // on a large office every owner's name and row would cost the page more than it tells
        var rows = entityManager.createQuery(query).getResultList().stream()
                .sorted(Comparator.comparing((Tuple t) -> -t.get(2, Long.class))
                        .thenComparing(t -> t.get(0, Long.class), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(t -> t.get(1, Long.class), Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(OWNER_LIST_SIZE)
                .toList();
        var userNames = users.displayNames(rows.stream().map(t -> t.get(0, Long.class)).filter(Objects::nonNull)
                .collect(HashSet::new, HashSet::add, HashSet::addAll));
        var personNames = personNames(rows.stream().map(t -> t.get(1, Long.class)).filter(Objects::nonNull)
                .toList(), language);
        return rows.stream().map(t -> {
                    var user = t.get(0, Long.class);
                    var person = t.get(1, Long.class);
                    var name = user != null ? userNames.get(user) : person != null ? personNames.get(person) : null;
                    return new OwnerOverdue(user, person, name, t.get(2, Long.class));
                })
                .sorted(Comparator.comparing((OwnerOverdue o) -> -o.overdue())
                        .thenComparing(o -> o.ownerName() == null ? "" : o.ownerName()))
                .toList();
    }

    private Map<Long, String> personNames(List<Long> ids, Locale language) {
        var names = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return names;
        }
        var latin = !language.getLanguage().equals("uk");
        entityManager.createQuery("select p.id, p.givenName, p.familyName, p.givenNameLatin, p.familyNameLatin"
                        + " from Person p where p.id in :ids", Tuple.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(t -> {
                    var given = t.get(1, String.class);
                    var family = t.get(2, String.class);
                    if (latin && t.get(3, String.class) != null && t.get(4, String.class) != null) {
                        given = t.get(3, String.class);
                        family = t.get(4, String.class);
                    }
                    names.put(t.get(0, Long.class), given + " " + family);
                });
        return names;
    }
}
