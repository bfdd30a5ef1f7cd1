package ua.cooperation.portal.registry;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.JoinType;
import jakarta.validation.Validator;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Who holds (and held) which post. "Current" is derived from the dates, on today's date in Kyiv: from on or before
 * today, and no end or an end on or after today. A position is visible when its organisation is (the post concerns
 * the organisation's country); a liaison therefore sees who holds a post in their country's organisations, and may
 * open the person only when the person belongs to one of their countries too.
 */
@Service
public class PositionService {


    private final PositionRepository positions;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final CountryScope scope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PortalTime time;
    private final OrganisationNames names;

    private final org.springframework.context.ApplicationEventPublisher events;

    PositionService(PositionRepository positions, OrganisationRepository organisations, PersonRepository people,
                    CountryScope scope, CurrentUser currentUser, Validator validator, PortalTime time,
                    OrganisationNames names, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.names = names;
        this.positions = positions;
        this.organisations = organisations;
        this.people = people;
        this.scope = scope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /** Today in Kyiv, the date against which "current" is decided. */
    public LocalDate today() {
        return time.today();
    }

    /**
     * All posts of an organisation (current, past and upcoming), latest start first. Empty when the organisation is
     * missing or out of scope.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PositionItem> findForOrganisation(long organisationId, Locale language) {
        if (organisations.findById(organisationId).filter(o -> scope.canSeeCountry(o.getCountryCode())).isEmpty()) {
            return List.of();
        }
        return find(visible().and((root, query, cb) ->
                cb.equal(root.get("organisation").get("id"), organisationId)), language);
    }

    /** All visible posts of a person, latest start first; empty when the person is missing or out of scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PositionItem> findForPerson(long personId, Locale language) {
        if (people.findById(personId).filter(p -> scope.canSeeCountry(p.getCountryCode())).isEmpty()) {
            return List.of();
        }
        return find(visible().and((root, query, cb) -> cb.equal(root.get("person").get("id"), personId)), language);
    }

    /**
     * The current holders of posts in all organisations of a country, e.g. the Lithuanian ambassador and honorary
     * consuls for LT. Empty when the country is out of scope.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PositionItem> findCurrentInCountry(String countryCode, Locale language) {
        if (countryCode == null || !scope.canSeeCountry(countryCode)) {
            return List.of();
        }
        var today = today();
        return find(visible().and((root, query, cb) -> cb.and(
                cb.equal(root.get("organisation").get("countryCode"), countryCode),
                cb.lessThanOrEqualTo(root.get("fromDate"), today),
                cb.or(cb.isNull(root.get("toDate")), cb.greaterThanOrEqualTo(root.get("toDate"), today)))),
                language);
    }

    /** Records a post. Refuses invalid input (e.g. an end before the start) and unknown or out-of-scope records. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PositionItem add(NewPosition entered, Locale language) {
        Validation.requireValid(validator, entered);
        var person = people.findById(entered.personId()).filter(p -> scope.canSeeCountry(p.getCountryCode()))
                .orElseThrow(() -> new RecordNotFoundException("Person " + entered.personId()));
        var organisation = organisations.findById(entered.organisationId())
                .filter(o -> scope.canSeeCountry(o.getCountryCode()))
                .orElseThrow(() -> new RecordNotFoundException("Organisation " + entered.organisationId()));
        var position = positions.saveAndFlush(new Position(person, organisation, entered.title(), entered.fromDate(),
                entered.toDate(), currentUser.require().username(), time.now()));
        postHolderChanged(organisation);
        return toItem(position, today(), names.of(organisation, language));
    }

    /**
     * Ends a post on the given day (the last day in office). Refuses an end before the start
     * ({@link IllegalArgumentException}) and a stale version ({@link ConcurrentEditException}).
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PositionItem end(long positionId, long version, LocalDate lastDay, Locale language) {
        var position = findVisibleForChange(positionId, version);
        if (lastDay == null || lastDay.isBefore(position.getFromDate())) {
            throw new IllegalArgumentException("A post cannot end before it starts");
        }
        position.end(lastDay, currentUser.require().username(), time.now());
        try {
            var saved = positions.saveAndFlush(position);
            postHolderChanged(saved.getOrganisation());
            return toItem(saved, today(), names.of(saved.getOrganisation(), language));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Position " + positionId, version, version + 1);
        }
    }

    /** Removes a post recorded by mistake (a post that really ended is ended, not removed). */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public void remove(long positionId, long version) {
        var position = findVisibleForChange(positionId, version);
        positions.delete(position);
        positions.flush();
        postHolderChanged(position.getOrganisation());
    }

    /** The organisation's followers hear that who holds its posts changed (ADR 0041). */
    private void postHolderChanged(Organisation organisation) {
        events.publishEvent(new PostHolderChanged(organisation.getId(), organisation.getCountryCode()));
    }

    private Position findVisibleForChange(long positionId, long version) {
        var position = positions.findOne(visible().and((root, query, cb) -> cb.equal(root.get("id"), positionId)))
                .orElseThrow(() -> new RecordNotFoundException("Position " + positionId));
        if (position.getVersion() != version) {
            throw new ConcurrentEditException("Position " + positionId, version, position.getVersion());
        }
        return position;
    }

    private List<PositionItem> find(Specification<Position> spec, Locale language) {
        var today = today();
        Specification<Position> fetching = (root, query, cb) -> {
            // to-one fetches only, and no paging: posts per organisation, person or country are few
            if (query.getResultType() == Position.class) {
                root.fetch("person", JoinType.INNER);
                root.fetch("organisation", JoinType.INNER);
            }
            return cb.conjunction();
        };
        var found = positions.findAll(fetching.and(spec),
                Sort.by(Sort.Order.desc("fromDate"), Sort.Order.asc("id")));
        // the organisations' names in the reader's language, one query for them all
        var shown = names.of(found.stream().map(Position::getOrganisation).distinct().toList(), language);
        return found.stream().map(p -> toItem(p, today, shown.get(p.getOrganisation().getId()))).toList();
    }

    private Specification<Position> visible() {
        return scope.countryCodeIn(root -> root.get("organisation").get("countryCode"));
    }

    private PositionItem toItem(Position p, LocalDate today, String organisationName) {
        var person = p.getPerson();
        var organisation = p.getOrganisation();
        var status = p.getFromDate().isAfter(today) ? PositionItem.Status.UPCOMING
                : p.getToDate() != null && p.getToDate().isBefore(today) ? PositionItem.Status.PAST
                : PositionItem.Status.CURRENT;
        return new PositionItem(p.getId(), p.getVersion(), person.getId(), person.fullName(),
                scope.canSeeCountry(person.getCountryCode()), organisation.getId(),
                organisationName, organisation.getCountryCode(), p.getTitle(),
                p.getFromDate(), p.getToDate(), status);
    }
}
