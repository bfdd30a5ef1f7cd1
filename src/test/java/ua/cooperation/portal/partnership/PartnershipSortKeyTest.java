package ua.cooperation.portal.partnership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityChanges;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The partnerships list sorts by stored sort keys (Liquibase 0091, {@link PartnershipSortKeys}, ADR 0025) instead of
 * the sides' names computed through joins. The keys are copies of names in other tables: they must follow a saved
 * partnership, a renamed side and rows written around the services; and the list keeps the order it had when it
 * sorted by the joined names, in each language.
 */
@IntegrationTest
class PartnershipSortKeyTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    /** Hromadas of Vinnytsia oblast (KATOTTH 2025-05-16) that no other test uses. */
    private static final String AHRONOMICHNA = "UA05020010000053508";
    private static final String VINNYTSKA = "UA05020030000031457";
    private static final String HNIVANSKA = "UA05020070000010139";

    /** The name a reader of each language saw sorted by before the keys (RegistryNames.nameExpression). */
    private static final Map<String, String> NAME = Map.of(
            "uk", "COALESCE(%1$s.name_uk, %1$s.name_original, %1$s.name_en)",
            "en", "COALESCE(%1$s.name_en, %1$s.name_original, %1$s.name_uk)",
            "lt", "COALESCE(%1$s.name_original, %1$s.name_en, %1$s.name_uk)");

    @Autowired
    PartnershipService partnerships;
    @Autowired
    PartnershipSortKeys sortKeys;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> keysOf(long id) {
        return jdbc.queryForMap("SELECT sort_ukrainian_uk, sort_ukrainian_en, sort_ukrainian_lt, sort_partner_uk, "
                + "sort_partner_en, sort_partner_lt FROM partnership WHERE id = ?", id);
    }

    private static PartnershipChanges partnership(Long id, long version, String hromada, Long partnerMunicipality,
                                                  Long partnerOrganisation) {
        return new PartnershipChanges(id, version, hromada, partnerMunicipality, partnerOrganisation,
                PartnershipType.INFORMAL, Set.of(CooperationArea.CULTURE), null, null, null, null, false);
    }

    @Test
    void sort_keys_follow_the_sides_on_save_and_on_renaming_a_side() {
        try (var ignored = as("officer")) {
            var town = municipalities.save(new MunicipalityChanges(null, 0, Municipality.Side.PARTNER, null, "LT",
                    "Testaviliai", "Теставіляй", null, null), UK);
            var created = partnerships.create(partnership(null, 0, AHRONOMICHNA, town.id(), null), UK);
            assertThat(keysOf(created.id())).containsEntry("sort_ukrainian_uk", "Агрономічна")
                    .containsEntry("sort_ukrainian_lt", "Агрономічна")
                    .containsEntry("sort_partner_uk", "Теставіляй")
                    .containsEntry("sort_partner_en", "Testaviliai")
                    .containsEntry("sort_partner_lt", "Testaviliai");
            assertThat((String) keysOf(created.id()).get("sort_ukrainian_en")).as("the Latin name").isNotBlank()
                    .isNotEqualTo("Агрономічна");

            municipalities.save(new MunicipalityChanges(town.id(), town.version(), Municipality.Side.PARTNER, null,
                    "LT", "Testaviliai", "Теставіляй", "Testville", null), UK);
            assertThat(keysOf(created.id())).as("partner municipality renamed")
                    .containsEntry("sort_partner_en", "Testville").containsEntry("sort_partner_lt", "Testaviliai");

            var association = organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO,
                    "Testo asociacija", "Тестова асоціація", null, "LT", null, null, null, null, null, null), UK);
            var moved = partnerships.update(partnership(created.id(), created.version(), VINNYTSKA, null,
                    association.id()), UK);
            assertThat(keysOf(created.id())).as("both sides changed")
                    .containsEntry("sort_ukrainian_uk", "Вінницька")
                    .containsEntry("sort_partner_uk", "Тестова асоціація")
                    .containsEntry("sort_partner_en", "Testo asociacija");

            organisations.update(OrganisationChanges.of(association)
                    .withNames("Testo asociacija", "Тестова асоціація", "Test Association"), UK);
            assertThat(keysOf(moved.id())).as("partner organisation renamed")
                    .containsEntry("sort_partner_en", "Test Association")
                    .containsEntry("sort_partner_uk", "Тестова асоціація");
        }
    }

    @Test
    void rows_written_around_the_services_get_their_keys_at_start_up() throws Exception {
        long id;
        try (var ignored = as("officer")) {
            var town = municipalities.save(new MunicipalityChanges(null, 0, Municipality.Side.PARTNER, null, "LT",
                    "Startaviliai", null, null, null), UK);
            id = partnerships.create(partnership(null, 0, HNIVANSKA, town.id(), null), UK).id();
        }
        var keys = keysOf(id);
        jdbc.update("UPDATE partnership SET sort_ukrainian_uk = NULL, sort_ukrainian_en = NULL, "
                + "sort_ukrainian_lt = NULL, sort_partner_uk = NULL, sort_partner_en = NULL, sort_partner_lt = NULL "
                + "WHERE id = ?", id);

        sortKeys.run(null);

        assertThat(keysOf(id)).isEqualTo(keys).containsEntry("sort_partner_uk", "Startaviliai");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM partnership WHERE sort_ukrainian_uk IS NULL "
                + "OR sort_partner_uk IS NULL", Long.class)).as("the demo partnerships too").isZero();
    }

    @Test
    void the_list_keeps_the_order_of_the_joined_names_in_each_language() {
        try (var ignored = as("officer")) {
            int all = Math.toIntExact(partnerships.countVisible(PartnershipFilter.none()));
            for (var language : NAME.keySet()) {
                var name = NAME.get(language);
                // the Ukrainian side: a hromada, or the Ukrainian institution of an institutional partnership
                var joined = " FROM partnership p LEFT JOIN municipality u ON u.id = p.ukrainian_municipality_id"
                        + " LEFT JOIN organisation uo ON uo.id = p.ukrainian_organisation_id"
                        + " LEFT JOIN municipality m ON m.id = p.partner_municipality_id"
                        + " LEFT JOIN organisation o ON o.id = p.partner_organisation_id ORDER BY ";
                var partner = "COALESCE(" + name.formatted("m") + ", " + name.formatted("o") + ")";
                var ukrainian = "COALESCE(" + name.formatted("u") + ", " + name.formatted("uo") + ")";
                var previous = jdbc.queryForList("SELECT p.id" + joined + ukrainian + ", " + partner
                        + ", p.id", Long.class);
                var locale = Locale.forLanguageTag(language);
                assertThat(previous).hasSize(all);
                assertThat(partnerships.findVisible(PartnershipFilter.none(), PageRequest.of(0, all), locale))
                        .as(language).extracting(PartnershipListItem::id).containsExactlyElementsOf(previous);
                assertThat(partnerships.findVisible(PartnershipFilter.none(),
                        PageRequest.of(0, all, Sort.by(PartnershipService.SORT_NAME)), locale))
                        .as(language + ", by name").extracting(PartnershipListItem::id)
                        .containsExactlyElementsOf(previous);
                // descending: the Ukrainian side descends, the partners of one hromada stay in ascending order
                var previousDescending = jdbc.queryForList("SELECT p.id" + joined + ukrainian + " DESC, "
                        + partner + ", p.id", Long.class);
                assertThat(partnerships.findVisible(PartnershipFilter.none(),
                        PageRequest.of(0, all, Sort.by(Sort.Direction.DESC, PartnershipService.SORT_NAME)), locale))
                        .as(language + ", by name descending").extracting(PartnershipListItem::id)
                        .containsExactlyElementsOf(previousDescending);
            }
        }
    }
}
