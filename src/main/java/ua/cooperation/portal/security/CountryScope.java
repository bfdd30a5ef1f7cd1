package ua.cooperation.portal.security;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place where the liaison rule lives: a liaison sees only records that concern their own countries
 * (and, for business records, that are shared with partners). A guest bound to an organisation instead of countries
 * (ADR 0042) sees the business records shared with partners that name her organisation ({@link OrganisationLink}
 * says where each kind names them), and of the registry her organisation alone. Every query, find-by-id, export, search,
 * dashboard figure, feed and download narrows its results through this bean, so that no view can forget it.
 * Staff roles (officer, head, admin) are not narrowed.
 */
@Component
public class CountryScope {

    private final CurrentUser currentUser;

    public CountryScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the current user is limited to their own countries. No signed-in user sees nothing. */
    public boolean isRestricted() {
        return currentUser.get().map(PortalUser::isCountryRestricted).orElse(true);
    }

    /** The countries a restricted user may see; empty for a user with no countries (who then sees nothing). */
    public Set<String> visibleCountryCodes() {
        return currentUser.get().map(PortalUser::countryCodes).orElse(Set.of());
    }

    /** Whether a record of the given country is visible to the current user. */
    public boolean canSeeCountry(String countryCode) {
        return !isRestricted() || visibleCountryCodes().contains(countryCode);
    }

    /** The organisation a guest bound to one is bound to; empty for staff and for embassy liaisons. */
    public Optional<Long> boundOrganisationId() {
        return currentUser.get().flatMap(PortalUser::boundOrganisationId);
    }

    /**
     * Whether a registry organisation is visible: staff see every one, a liaison those of her countries, a guest bound
     * to an organisation that organisation.
     */
    public boolean canSeeOrganisation(String countryCode, Long organisationId) {
        return canSeeCountry(countryCode)
                || (organisationId != null && boundOrganisationId().filter(organisationId::equals).isPresent());
    }

    /** The query form of {@link #canSeeOrganisation}. */
    public <T> Specification<T> organisationIn(Function<Root<T>, Path<String>> countryCodePath,
                                               Function<Root<T>, Path<Long>> idPath) {
        return (root, query, cb) -> {
            var organisation = boundOrganisationId();
            if (isRestricted() && organisation.isPresent()) {
                return cb.equal(idPath.apply(root), organisation.get());
            }
            return countryCodeIn(countryCodePath).toPredicate(root, query, cb);
        };
    }

    /**
     * Whether a business record of one country, naming at most one organisation, is visible: staff see every record,
     * a liaison only records of her countries that are shared with partners (internal records stay internal), a guest
     * bound to an organisation shared records that name it.
     */
    public boolean canSeeShared(String countryCode, Long organisationId, boolean sharedWithPartners) {
        if (!isRestricted()) {
            return true;
        }
        var organisation = boundOrganisationId();
        if (organisation.isPresent()) {
            return sharedWithPartners && organisation.get().equals(organisationId);
        }
        return sharedWithPartners && visibleCountryCodes().contains(countryCode);
    }

    /**
     * The query form of {@link #canSeeShared}: keeps shared records of the user's countries (or naming her
     * organisation); matches everything for staff.
     */
    public <T> Specification<T> sharedCountryCodeIn(Function<Root<T>, Path<String>> countryCodePath,
                                                    Function<Root<T>, Path<Boolean>> sharedPath,
                                                    OrganisationLink<T> organisations) {
        Specification<T> inCountries = countryCodeIn(countryCodePath);
        return (root, query, cb) -> {
            if (!isRestricted()) {
                return cb.conjunction();
            }
            var organisation = boundOrganisationId();
            var linked = organisation.isPresent()
                    ? organisations.names(root, query, cb, organisation.get())
                    : inCountries.toPredicate(root, query, cb);
            return cb.and(linked, cb.isTrue(sharedPath.apply(root)));
        };
    }

    /**
     * For records that belong to one country or to one organisation (a partner's proposal): staff see every one, a
     * liaison those of her countries, a guest bound to an organisation those {@code organisations} names as hers.
     */
    public <T> Specification<T> countryCodeIn(Function<Root<T>, Path<String>> countryCodePath,
                                              OrganisationLink<T> organisations) {
        Specification<T> inCountries = countryCodeIn(countryCodePath);
        return (root, query, cb) -> {
            var organisation = boundOrganisationId();
            if (isRestricted() && organisation.isPresent()) {
                return organisations.names(root, query, cb, organisation.get());
            }
            return inCountries.toPredicate(root, query, cb);
        };
    }

    /**
     * A query predicate that keeps only records whose country code (reached by {@code countryCodePath}) is one of the
     * user's countries; matches everything for staff.
     */
    public <T> Specification<T> countryCodeIn(Function<Root<T>, Path<String>> countryCodePath) {
        return (root, query, cb) -> {
            if (!isRestricted()) {
                return cb.conjunction();
            }
            var codes = visibleCountryCodes();
            if (codes.isEmpty()) {
                return cb.disjunction();
            }
            return countryCodePath.apply(root).in(codes);
        };
    }

    /**
     * Whether a business record that concerns several countries and organisations is visible: staff see every
     * record, a liaison only records shared with partners of which at least one country is hers, a guest bound to an
     * organisation shared records that name it.
     */
    public boolean canSeeSharedAny(Collection<String> countryCodes, Collection<Long> organisationIds,
                                   boolean sharedWithPartners) {
        if (!isRestricted()) {
            return true;
        }
        var organisation = boundOrganisationId();
        if (organisation.isPresent()) {
            return sharedWithPartners && organisationIds.contains(organisation.get());
        }
        var own = visibleCountryCodes();
        return sharedWithPartners && countryCodes.stream().anyMatch(own::contains);
    }

    /**
     * The query form of {@link #canSeeSharedAny}: keeps records whose {@code sharedAttribute} flag is set and whose
     * {@code collectionAttribute} (an element collection of country codes) holds one of the user's countries, as an
     * EXISTS subquery (no join that would repeat rows); matches everything for staff.
     */
    public <T> Specification<T> sharedAnyCountryIn(String collectionAttribute, String sharedAttribute,
                                                   OrganisationLink<T> organisations) {
        return sharedAnyCountry(sharedAttribute, organisations, (root, query, cb, codes) -> {
            var sub = query.subquery(Integer.class);
            var code = sub.correlate(root).<T, String>join(collectionAttribute);
            sub.select(cb.literal(1)).where(code.in(codes));
            return cb.exists(sub);
        });
    }

    /**
     * The same rule as {@link #sharedAnyCountryIn}, written as a correlated count ({@code (select count(*) …) > 0})
     * instead of EXISTS. MariaDB turns an EXISTS into a semi-join that it may start from the countries' rows, and then
     * sorts every matching record to find a first page; a count subquery it evaluates per record, so a query sorted
     * along an index reads records in order and stops after one page. For first pages of long lists whose countries
     * are frequent; for counting, and for rare countries, {@link #sharedAnyCountryIn} is the faster form.
     */
    public <T> Specification<T> sharedAnyCountryInProbing(String collectionAttribute, String sharedAttribute,
                                                          OrganisationLink<T> organisations) {
        return sharedAnyCountry(sharedAttribute, organisations, (root, query, cb, codes) -> {
            var sub = query.subquery(Long.class);
            var code = sub.correlate(root).<T, String>join(collectionAttribute);
            sub.select(cb.count(code)).where(code.in(codes));
            return cb.greaterThan(sub, 0L);
        });
    }

    /** The part of a query that tests whether a record's country collection holds one of the given codes. */
    @FunctionalInterface
    private interface CountryTest<T> {
        Predicate holdsOneOf(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb, Set<String> codes);
    }

    /**
     * Everything for staff; for a guest bound to an organisation, shared and naming it; nothing for a liaison without
     * countries; else shared and {@code holdsCountry}.
     */
    private <T> Specification<T> sharedAnyCountry(String sharedAttribute, OrganisationLink<T> organisations,
                                                  CountryTest<T> holdsCountry) {
        return (root, query, cb) -> {
            if (!isRestricted()) {
                return cb.conjunction();
            }
            var organisation = boundOrganisationId();
            if (organisation.isPresent()) {
                return cb.and(cb.isTrue(root.get(sharedAttribute)),
                        organisations.names(root, query, cb, organisation.get()));
            }
            var codes = visibleCountryCodes();
            if (codes.isEmpty()) {
                return cb.disjunction();
            }
            return cb.and(cb.isTrue(root.get(sharedAttribute)), holdsCountry.holdsOneOf(root, query, cb, codes));
        };
    }
}
