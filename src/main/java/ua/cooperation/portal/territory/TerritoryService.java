package ua.cooperation.portal.territory;

import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ukrainian territorial units: public reference data, readable by every signed-in user (no country scope).
 */
@Service
public class TerritoryService {

    private final EntityManager entityManager;

    TerritoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Current (not withdrawn) units of the given levels (all levels when empty) whose name contains {@code text} in
     * Cyrillic or in Latin transliteration, ignoring case and apostrophes. Exact matches come first, then names that
     * start with the text, then the rest; each group by name. One query, raion and oblast names included.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AdminUnitOption> searchUnits(String text, Set<UnitLevel> levels, int offset, int limit) {
        var key = text == null ? "" : SearchKeys.of(text);
        // LOCATE rather than LIKE: H2 compares LIKE patterns through its collator, many times slower on 31k rows
        var jpql = new StringBuilder("""
                select new ua.cooperation.portal.territory.AdminUnitOption(
                    u.code, u.name, u.nameLatin, u.category, u.level, r.name, o.name)
                from AdminUnit u left join u.raion r left join u.oblast o
                where u.withdrawn = false""");
        if (!key.isEmpty()) {
            // the cheap, selective binary test first: H2 compares the level through its collator
            jpql.append(" and (locate(:key, u.nameSearch) > 0 or locate(:key, u.nameLatinSearch) > 0)");
        }
        jpql.append(" and u.level in :levels");
        if (!key.isEmpty()) {
            // exact, then prefix matches; only binary comparisons (H2 runs "=" through its collator too)
            jpql.append(" order by case when locate(:key, u.nameSearch) = 1 and length(u.nameSearch) = :length")
                    .append(" or locate(:key, u.nameLatinSearch) = 1 and length(u.nameLatinSearch) = :length then 0")
                    .append(" when locate(:key, u.nameSearch) = 1 or locate(:key, u.nameLatinSearch) = 1 then 1")
                    .append(" else 2 end, u.nameSort, u.level, u.code");
        } else {
            jpql.append(" order by u.nameSort, u.level, u.code");
        }
        var query = entityManager.createQuery(jpql.toString(), AdminUnitOption.class)
                .setParameter("levels", levels == null || levels.isEmpty() ? EnumSet.allOf(UnitLevel.class) : levels)
                .setFirstResult(offset)
                .setMaxResults(limit);
        if (!key.isEmpty()) {
            query.setParameter("key", key).setParameter("length", key.length());
        }
        return query.getResultList();
    }

    /** The unit with this code, withdrawn or not. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AdminUnitOption> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                        select new ua.cooperation.portal.territory.AdminUnitOption(
                            u.code, u.name, u.nameLatin, u.category, u.level, r.name, o.name)
                        from AdminUnit u left join u.raion r left join u.oblast o
                        where u.code = :code""", AdminUnitOption.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * Units for the administrators' check list, withdrawn ones included, filtered by part of the name (Cyrillic or
     * Latin) or the beginning of the code, ordered by level and name. Reads a slice; no count query.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AdminUnitRow> listUnits(String text, int offset, int limit) {
        return unitsMatching("""
                select new ua.cooperation.portal.territory.AdminUnitRow(
                    u.code, u.name, u.nameLatin, u.category, u.level, p.name, u.withdrawn, u.withdrawnOn)
                from AdminUnit u left join u.parent p""", text, AdminUnitRow.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The codes of all the units {@link #listUnits} lists for {@code text}, in its order: for exports, which then read
     * the rows with {@link #unitsByCodes} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> listUnitCodes(String text) {
        return unitsMatching("select u.code from AdminUnit u", text, String.class).getResultList();
    }

    /** {@code select} (on the alias u) with the units list's filter for {@code text} and its order. */
    private <R> jakarta.persistence.TypedQuery<R> unitsMatching(String select, String text, Class<R> type) {
        var key = text == null ? "" : SearchKeys.of(text);
        var jpql = new StringBuilder(select);
        if (!key.isEmpty()) {
            jpql.append(" where locate(:key, u.nameSearch) > 0 or locate(:key, u.nameLatinSearch) > 0")
                    .append(" or locate(:code, u.code) = 1");
        }
        jpql.append(" order by u.level, u.nameSort, u.code");
        var query = entityManager.createQuery(jpql.toString(), type);
        if (!key.isEmpty()) {
            query.setParameter("key", key).setParameter("code", text.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return query;
    }

    /** The units with these codes as {@link #listUnits} shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AdminUnitRow> unitsByCodes(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select new ua.cooperation.portal.territory.AdminUnitRow(
                            u.code, u.name, u.nameLatin, u.category, u.level, p.name, u.withdrawn, u.withdrawnOn)
                        from AdminUnit u left join u.parent p where u.code in :codes""", AdminUnitRow.class)
                .setParameter("codes", codes).getResultList();
    }

    /**
     * The first-level unit (oblast, Crimea, Kyiv or Sevastopol) of each of these unit codes that is in the codifier;
     * a first-level unit is its own. One query.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Oblast> oblastsOf(java.util.Collection<String> codes) {
        var found = new HashMap<String, Oblast>();
        if (codes.isEmpty()) {
            return found;
        }
        entityManager.createQuery("select u from AdminUnit u left join fetch u.oblast where u.code in :codes",
                        AdminUnit.class)
                .setParameter("codes", codes).getResultList().forEach(u -> {
                    var oblast = u.getLevel() == UnitLevel.OBLAST ? u : u.getOblast();
                    if (oblast != null) {
                        found.put(u.getCode(), new Oblast(oblast.getCode(), oblast.getName(),
                                oblast.getNameLatin()));
                    }
                });
        return found;
    }

    /** How many units of each level are current (not withdrawn). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countCurrent(UnitLevel level) {
        return entityManager.createQuery(
                        "select count(u) from AdminUnit u where u.withdrawn = false and u.level = :level", Long.class)
                .setParameter("level", level).getSingleResult();
    }

}
