package ua.cooperation.portal.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Expression;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.dashboard.DashboardRows.Count;
import ua.cooperation.portal.dashboard.DashboardRows.Money;
import ua.cooperation.portal.dashboard.DashboardRows.ProgrammeRow;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.programme.Programme;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.TransactionType;
import ua.cooperation.portal.security.CountryScope;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import static ua.cooperation.portal.dashboard.DashboardService.LIST_SIZE;

/** The dashboards' programme figures: per status, per sector, money per country and the programmes awaiting a step. */
@Component
class ProgrammeFigures {

    private final EntityManager entityManager;
    private final CountryScope scope;
    private final DashboardQueries queries;
    private final ProgrammeService programmes;

    ProgrammeFigures(EntityManager entityManager, CountryScope scope, DashboardQueries queries,
                     ProgrammeService programmes) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.queries = queries;
        this.programmes = programmes;
    }

    List<Count<ActivityStatus>> programmesByStatus() {
        var counts = queries.grouped(Programme.class, queries.programmeScope(), root -> root.get("activityStatus"));
        var rows = new ArrayList<Count<ActivityStatus>>();
        for (var status : ActivityStatus.values()) {
            rows.add(new Count<>(status, counts.getOrDefault(status, 0L)));
        }
        return rows;
    }

    /** Programmes per sector; a programme of several sectors counts once in each (as the sector filter finds it). */
    List<Count<Sector>> programmesBySector() {
        if (!scope.isRestricted()) {
            // staff count every programme: the sectors' table alone, along its (sector, programme) index, instead of
            // joining each row to its programme (40–64 ms instead of 220–270 ms on 50,000 programmes)
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("SELECT sector, COUNT(DISTINCT programme_id)"
                    + " FROM programme_sector GROUP BY sector").getResultList();
            return rows.stream()
                    .map(r -> new Count<>(Sector.valueOf((String) r[0]), ((Number) r[1]).longValue()))
                    .sorted(Comparator.comparing((Count<Sector> c) -> -c.count()).thenComparing(c -> c.key().ordinal()))
                    .toList();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Programme.class);
        var sector = root.join("sectors").<Sector>get("sector");
        query.multiselect(sector, cb.countDistinct(root))
                .where(queries.programmeScope().toPredicate(root, query, cb))
                .groupBy(sector);
        return entityManager.createQuery(query).getResultList().stream()
                .map(t -> new Count<>(t.get(0, Sector.class), t.get(1, Long.class)))
                .sorted(Comparator.comparing((Count<Sector> c) -> -c.count()).thenComparing(c -> c.key().ordinal()))
                .toList();
    }

    /** Committed and disbursed sums per country and currency, from the transactions of the visible programmes. */
    List<Money> money() {
        // country, currency, transaction type, sum
        List<Object[]> rows;
        if (!scope.isRestricted()) {
            // staff sum every programme: the sums per programme that ProgrammeMoney keeps, added up along their
            // (country, currency, type, amount) index, instead of joining 50,000 programmes' countries with their
            // transactions at each view (330–700 ms)
            @SuppressWarnings("unchecked")
            List<Object[]> all = entityManager.createNativeQuery("SELECT country_code, currency, type, SUM(amount)"
                    + " FROM programme_money GROUP BY country_code, currency, type").getResultList();
            rows = all.stream().map(r -> new Object[] {r[0], r[1], TransactionType.valueOf((String) r[2]),
                    r[3] instanceof BigDecimal sum ? sum : new BigDecimal(r[3].toString())}).toList();
        } else {
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createTupleQuery();
            var root = query.from(Programme.class);
            Expression<String> country = root.join("countryCodes");
            var transaction = root.join("transactions");
            Expression<String> currency = transaction.get("currency");
            Expression<TransactionType> type = transaction.get("type");
            Expression<BigDecimal> amount = transaction.get("amount");
            query.multiselect(country, currency, type, cb.sum(amount))
                    .where(queries.programmeScope().toPredicate(root, query, cb))
                    .groupBy(country, currency, type);
            rows = entityManager.createQuery(query).getResultList().stream()
                    .map(t -> new Object[] {t.get(0), t.get(1), t.get(2), t.get(3)}).toList();
        }
        var sums = new LinkedHashMap<List<String>, BigDecimal[]>();
        for (var row : rows) {
            var key = List.of((String) row[0], (String) row[1]);
            var pair = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            pair[row[2] == TransactionType.COMMITMENT ? 0 : 1] = (BigDecimal) row[3];
        }
        return sums.entrySet().stream()
                .map(e -> new Money(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(Money::currency).thenComparing(Money::countryCode))
                .toList();
    }

    long countProgrammes(ApprovalState approval) {
        return queries.count(Programme.class, queries.programmeScope(), (root, cb) -> cb.equal(root.get("approval"), approval));
    }

    List<ProgrammeRow> programmes(ApprovalState approval, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Programme.class);
        query.multiselect(root.get("id"), root.get("identifier"))
                .where(cb.and(queries.programmeScope().toPredicate(root, query, cb),
                        cb.equal(root.get("approval"), approval)))
                .orderBy(cb.desc(root.get("updatedAt")), cb.asc(root.get("id")));
        var rows = entityManager.createQuery(query).setMaxResults(LIST_SIZE).getResultList();
        // the titles in the reader's language, marked when they are the original in another one (ADR 0040)
        var titles = programmes.findVisibleTitles(rows.stream().map(t -> t.get(0, Long.class)).toList(), language);
        return rows.stream().filter(t -> titles.containsKey(t.get(0, Long.class)))
                .map(t -> new ProgrammeRow(t.get(0, Long.class), t.get(1, String.class),
                        titles.get(t.get(0, Long.class))))
                .toList();
    }
}
