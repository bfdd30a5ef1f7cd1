package ua.cooperation.portal.security;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.function.Function;

/**
 * How a kind of record names organisations, for the scope of a guest bound to one organisation (ADR 0042): each
 * scoped query of a record kind says where its organisations are, and {@link CountryScope} decides whether the
 * guest's organisation is among them. A kind that names none passes {@link #none()}: such a guest sees none of it.
 */
@FunctionalInterface
public interface OrganisationLink<T> {

    /** The part of a query that holds when the record names {@code organisationId}. */
    Predicate names(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb, long organisationId);

    /** A kind of record that names no organisation. */
    static <T> OrganisationLink<T> none() {
        return (root, query, cb, organisationId) -> cb.disjunction();
    }

    /** The record names one organisation, at {@code path} (a partnership's partner organisation, say). */
    static <T> OrganisationLink<T> at(Function<Root<T>, Path<Long>> path) {
        return (root, query, cb, organisationId) -> cb.equal(path.apply(root), organisationId);
    }

    /**
     * The record names organisations in an element collection of their ids ({@code meeting.organisationIds}), as an
     * EXISTS subquery that repeats no rows.
     */
    static <T> OrganisationLink<T> inCollection(String collectionAttribute) {
        return (root, query, cb, organisationId) -> {
            var sub = query.subquery(Integer.class);
            var id = sub.correlate(root).<T, Long>join(collectionAttribute);
            sub.select(cb.literal(1)).where(cb.equal(id, organisationId));
            return cb.exists(sub);
        };
    }

    /**
     * The record names organisations in an element collection of embeddables, each with the organisation's id in
     * {@code idAttribute} (a programme's participants).
     */
    static <T> OrganisationLink<T> inCollection(String collectionAttribute, String idAttribute) {
        return (root, query, cb, organisationId) -> {
            var sub = query.subquery(Integer.class);
            var element = sub.correlate(root).join(collectionAttribute);
            sub.select(cb.literal(1)).where(cb.equal(element.get(idAttribute), organisationId));
            return cb.exists(sub);
        };
    }
}
