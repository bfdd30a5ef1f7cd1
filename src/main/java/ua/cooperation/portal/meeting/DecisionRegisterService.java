package ua.cooperation.portal.meeting;

import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The decision register (issue 22): the decisions of every meeting the reader may see, across meetings and visits,
 * with their follow-up state. A decision is exactly as visible as its meeting ({@link VisibleMeetings}: a liaison the
 * shared meetings of her countries, an organisation's guest those naming her organisation); a filter outside the
 * reader's scope finds nothing.
 */
@Service
public class DecisionRegisterService {

    /** Sort keys the register may ask for; anything else sorts by the decision's day. */
    public static final String SORT_DATE = "date";
    public static final String SORT_MEETING = "meeting";

    private final EntityManager entityManager;
    private final DecisionRegisterQueries queries;
    private final MeetingQueries meetingQueries;
    private final RecordTexts translations;

    DecisionRegisterService(EntityManager entityManager, DecisionRegisterQueries queries, MeetingQueries meetingQueries,
                            RecordTexts translations) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.meetingQueries = meetingQueries;
        this.translations = translations;
    }

    /** One page of the register, newest decision first unless the page asks otherwise; texts in {@code language}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DecisionRegisterItem> findVisible(DecisionRegisterFilter filter, Pageable page, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Object[].class);
        var d = query.from(Decision.class);
        var m = query.from(Meeting.class);
        query.multiselect(d, m).where(queries.where(filter, d, m, query, cb))
                .orderBy(DecisionRegisterQueries.order(d, m, cb, page.getSort()));
        var typed = entityManager.createQuery(query);
        if (page.isPaged()) {
            typed.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return toItems(typed.getResultList(), language);
    }

    /** The ids of all the decisions {@link #findVisible} lists for {@code filter}, in its order (exports). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(DecisionRegisterFilter filter, Sort sort) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var d = query.from(Decision.class);
        var m = query.from(Meeting.class);
        query.select(d.get("id")).where(queries.where(filter, d, m, query, cb))
                .orderBy(DecisionRegisterQueries.order(d, m, cb, sort));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The decisions with these ids that the reader may see, as the register shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DecisionRegisterItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Object[].class);
        var d = query.from(Decision.class);
        var m = query.from(Meeting.class);
        query.multiselect(d, m).where(queries.where(DecisionRegisterFilter.none(), d, m, query, cb),
                d.get("id").in(ids));
        return toItems(entityManager.createQuery(query).getResultList(), language);
    }

    /** How many decisions {@link #findVisible} lists for {@code filter} in all (exports). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(DecisionRegisterFilter filter) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var d = query.from(Decision.class);
        var m = query.from(Meeting.class);
        query.select(cb.count(d)).where(queries.where(filter, d, m, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** How many decisions {@link #findVisible} lists, counted up to {@code limit} (the list's label, ADR 0030). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListCount countVisibleUpTo(DecisionRegisterFilter filter, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var d = query.from(Decision.class);
        var m = query.from(Meeting.class);
        query.select(d.get("id")).where(queries.where(filter, d, m, query, cb));
        return ListCount.upTo(entityManager.createQuery(query), limit);
    }

    private List<DecisionRegisterItem> toItems(List<Object[]> rows, Locale language) {
        var decisionIds = new ArrayList<Long>();
        var meetingIds = new ArrayList<Long>();
        var texts = new HashMap<Long, String>();
        var titles = new HashMap<Long, String>();
        for (var row : rows) {
            var decision = (Decision) row[0];
            var meeting = (Meeting) row[1];
            decisionIds.add(decision.getId());
            meetingIds.add(meeting.getId());
            texts.put(decision.getId(), decision.getText());
            titles.put(meeting.getId(), meeting.getTitle());
        }
        var shownTexts = localize(TextOwnerKind.DECISION, DecisionTextOwner.TEXT, texts, language);
        var shownTitles = localize(TextOwnerKind.MEETING, MeetingTextOwner.TITLE, titles, language);
        var countries = meetingQueries.countriesOf(meetingIds);
        var followUps = queries.followUpOf(decisionIds);
        var ownAreas = queries.areasOf("Decision", decisionIds);
        var ownGroups = queries.targetGroupsOf("Decision", decisionIds);
        var meetingAreas = queries.areasOf("Meeting", meetingIds);
        var meetingGroups = queries.targetGroupsOf("Meeting", meetingIds);
        var items = new ArrayList<DecisionRegisterItem>();
        for (var row : rows) {
            var decision = (Decision) row[0];
            var meeting = (Meeting) row[1];
            long id = decision.getId();
            boolean ofMeeting = !ownAreas.containsKey(id) && !ownGroups.containsKey(id);
            var areas = ofMeeting ? meetingAreas.get(meeting.getId()) : ownAreas.get(id);
            var groups = ofMeeting ? meetingGroups.get(meeting.getId()) : ownGroups.get(id);
            items.add(new DecisionRegisterItem(id, meeting.getId(), decision.getNumber(), decision.getDecidedOn(),
                    shownTexts.getOrDefault(id, LocalizedText.original(decision.getText(), null)), meeting.getType(),
                    shownTitles.getOrDefault(meeting.getId(), LocalizedText.original(meeting.getTitle(), null)),
                    meeting.getStartsAt(), countries.getOrDefault(meeting.getId(), Set.of()),
                    areas == null ? Set.of() : Set.copyOf(areas), groups == null ? Set.of() : Set.copyOf(groups),
                    ofMeeting, followUps.getOrDefault(id, FollowUpState.NONE)));
        }
        return items;
    }

    private Map<Long, LocalizedText> localize(TextOwnerKind kind, String field, Map<Long, String> originals,
                                              Locale language) {
        return language == null ? Map.of() : translations.localize(kind, field, originals, language);
    }
}
