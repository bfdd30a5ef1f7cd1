package ua.cooperation.portal.territory;

import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
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
        var query = entityManager.createQuery("""
                        select new ua.cooperation.portal.territory.AdminUnitOption(
                            u.code, u.name, u.nameLatin, u.category, u.level, r.name, o.name)
                        from AdminUnit u left join u.raion r left join u.oblast o
                        where u.withdrawn = false and u.level in :levels
                          and (u.nameSearch like :contains escape '\\' or u.nameLatinSearch like :contains escape '\\')
                        order by case when u.nameSearch = :key or u.nameLatinSearch = :key then 0
                                      when u.nameSearch like :prefix escape '\\'
                                        or u.nameLatinSearch like :prefix escape '\\' then 1
                                      else 2 end,
                                 u.name, u.level, u.code""", AdminUnitOption.class)
                .setParameter("levels", levels == null || levels.isEmpty() ? EnumSet.allOf(UnitLevel.class) : levels)
                .setParameter("contains", "%" + escapeLike(key) + "%")
                .setParameter("prefix", escapeLike(key) + "%")
                .setParameter("key", key)
                .setFirstResult(offset)
                .setMaxResults(limit);
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
        var key = text == null ? "" : SearchKeys.of(text);
        return entityManager.createQuery("""
                        select new ua.cooperation.portal.territory.AdminUnitRow(
                            u.code, u.name, u.nameLatin, u.category, u.level, p.name, u.withdrawn, u.withdrawnOn)
                        from AdminUnit u left join u.parent p
                        where u.nameSearch like :contains escape '\\' or u.nameLatinSearch like :contains escape '\\'
                           or lower(u.code) like :prefix escape '\\'
                        order by u.level, u.name, u.code""", AdminUnitRow.class)
                .setParameter("contains", "%" + escapeLike(key) + "%")
                .setParameter("prefix", escapeLike(key) + "%")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many units of each level are current (not withdrawn). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countCurrent(UnitLevel level) {
        return entityManager.createQuery(
                        "select count(u) from AdminUnit u where u.withdrawn = false and u.level = :level", Long.class)
                .setParameter("level", level).getSingleResult();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
