package ua.cooperation.portal.partnership;

import jakarta.persistence.EntityManager;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.registry.RegistryNamesChanged;

/**
 * Keeps the partnerships' stored sort keys (ADR 0025) equal to the names of their sides: for each reader language the
 * Ukrainian side's name (hromada, or the Ukrainian institution of an institutional partnership) and the partner side's
 * name (municipality or organisation) as
 * {@link ua.cooperation.portal.registry.RegistryNames} describes the choice. The list sorts by these columns
 * with an index instead of joining and sorting every row. The keys are computed by the database from the current
 * names, in one statement, so the rule exists once, here. They are set when a partnership is saved, when a municipality
 * or organisation it names is saved, and at start-up for every partnership still without keys: rows written around
 * the services (those present when Liquibase 0091 added the columns, the demo data of later change sets, bulk loads).
 * A partnership with keys always has the Ukrainian one (its side is required and named), so a missing one marks the
 * rows to fill; several nodes starting together write the same values.
 */
@Component
public class PartnershipSortKeys implements ApplicationRunner {

    /** The name a reader of each language sees, as in RegistryNames: uk, en, lt (and other). */
    private static final String UK = "COALESCE(%1$s.name_uk, %1$s.name_original, %1$s.name_en)";
    private static final String EN = "COALESCE(%1$s.name_en, %1$s.name_original, %1$s.name_uk)";
    private static final String LT = "COALESCE(%1$s.name_original, %1$s.name_en, %1$s.name_uk)";

    /** Sets all six keys of the partnerships the appended WHERE clause selects; portable to H2 and MariaDB. */
    static final String REFRESH = "UPDATE partnership SET "
            + ukrainian("sort_ukrainian_uk", UK) + ", " + ukrainian("sort_ukrainian_en", EN) + ", "
            + ukrainian("sort_ukrainian_lt", LT) + ", " + partner("sort_partner_uk", UK) + ", "
            + partner("sort_partner_en", EN) + ", " + partner("sort_partner_lt", LT) + " ";

    private static String ukrainian(String column, String name) {
        return column + " = COALESCE((SELECT " + name.formatted("u") + " FROM municipality u"
                + " WHERE u.id = partnership.ukrainian_municipality_id), (SELECT " + name.formatted("uo")
                + " FROM organisation uo WHERE uo.id = partnership.ukrainian_organisation_id))";
    }

    private static String partner(String column, String name) {
        return column + " = COALESCE((SELECT " + name.formatted("m") + " FROM municipality m"
                + " WHERE m.id = partnership.partner_municipality_id), (SELECT " + name.formatted("o")
                + " FROM organisation o WHERE o.id = partnership.partner_organisation_id))";
    }

    private final EntityManager entityManager;

    PartnershipSortKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        entityManager.createNativeQuery(REFRESH + "WHERE sort_ukrainian_uk IS NULL").executeUpdate();
    }

    /** After a partnership's sides were saved (flushed), in the same transaction. */
    void refresh(long partnershipId) {
        entityManager.createNativeQuery(REFRESH + "WHERE id = :id").setParameter("id", partnershipId)
                .executeUpdate();
    }

    /**
     * Every partnership's keys, for rows written around the services (the benchmark data set's bulk load). Returns
     * how many rows were set.
     */
    @Transactional
    public int refreshAll() {
        return entityManager.createNativeQuery(REFRESH).executeUpdate();
    }

    /** A municipality or organisation was saved, perhaps renamed: the partnerships that name it follow. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onRegistryNamesChanged(RegistryNamesChanged changed) {
        var where = switch (changed.kind()) {
            case MUNICIPALITY -> "WHERE ukrainian_municipality_id = :id OR partner_municipality_id = :id";
            case ORGANISATION -> "WHERE partner_organisation_id = :id OR ukrainian_organisation_id = :id";
        };
        entityManager.createNativeQuery(REFRESH + where).setParameter("id", changed.id()).executeUpdate();
    }
}
