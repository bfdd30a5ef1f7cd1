package ua.cooperation.portal.territory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/** The codifier loaded by Liquibase on a fresh database, and the picker's search. */
@IntegrationTest
class TerritoryServiceTest {

    @Autowired
    TerritoryService territory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_fresh_database_holds_every_unit_of_the_codifier_edition_2025_05_16() {
        // 31,748 data rows, each with its own code (checked: no code appears twice in this edition)
        assertThat(jdbc.queryForObject("select count(*) from admin_unit", Long.class)).isEqualTo(31_748L);
        assertThat(jdbc.queryForObject("select count(*) from admin_unit where withdrawn = true", Long.class)).isZero();
        try (var ignored = as("liaison-lt")) {
            assertThat(territory.countCurrent(UnitLevel.OBLAST)).as("24 oblasts, Crimea, Kyiv, Sevastopol").isEqualTo(27);
            assertThat(territory.countCurrent(UnitLevel.RAION)).isEqualTo(136);
            assertThat(territory.countCurrent(UnitLevel.HROMADA)).isEqualTo(1_772);
            assertThat(territory.countCurrent(UnitLevel.SETTLEMENT)).isEqualTo(27_237 + 2_007 + 461);
            assertThat(territory.countCurrent(UnitLevel.CITY_DISTRICT)).isEqualTo(108);
        }
        assertThat(jdbc.queryForObject("select count(*) from admin_unit where category = 'O'", Long.class))
                .as("oblasts and the Autonomous Republic of Crimea").isEqualTo(25);
        assertThat(jdbc.queryForList("select name from admin_unit where category = 'K' order by code", String.class))
                .containsExactly("Київ", "Севастополь");
    }

    @Test
    void units_know_their_parent_raion_and_oblast_and_latin_name() {
        try (var ignored = as("officer")) {
            var village = territory.findByCode("UA01020010010075540").orElseThrow();
            assertThat(village.name()).isEqualTo("Андріївка");
            assertThat(village.nameLatin()).isEqualTo("Andriivka");
            assertThat(village.category()).isEqualTo(UnitCategory.C);
            assertThat(village.level()).isEqualTo(UnitLevel.SETTLEMENT);
            assertThat(village.raionName()).isEqualTo("Бахчисарайський");
            assertThat(village.oblastName()).isEqualTo("Автономна Республіка Крим");

            var hromada = territory.findByCode("UA01020010000048857").orElseThrow();
            assertThat(hromada.name()).as("trailing space in the file is dropped").isEqualTo("Андріївська");

            var kyivDistrict = territory.findByCode("UA80000000000126643").orElseThrow();
            assertThat(kyivDistrict.name()).isEqualTo("Голосіївський");
            assertThat(kyivDistrict.raionName()).isNull();
            assertThat(kyivDistrict.oblastName()).isEqualTo("Київ");
        }
        assertThat(jdbc.queryForObject("select parent_code from admin_unit where code = 'UA80000000000126643'",
                String.class)).isEqualTo("UA80000000000093317");
        assertThat(jdbc.queryForObject("select parent_code from admin_unit where code = 'UA01020010010075540'",
                String.class)).isEqualTo("UA01020010000048857");
    }

    @Test
    void search_finds_by_part_of_the_cyrillic_or_latin_name_ignoring_case() {
        try (var ignored = as("officer")) {
            // In the 2025-05-16 edition the hromada is "Сєвєродонецька" and its city "Сіверськодонецьк"
            var byLatin = territory.searchUnits("Sievierodonetsk", Set.of(), 0, 20);
            assertThat(byLatin).extracting(AdminUnitOption::name).contains("Сєвєродонецька");
            var byCyrillic = territory.searchUnits("сєвєр", Set.of(UnitLevel.HROMADA), 0, 20);
            assertThat(byCyrillic).extracting(AdminUnitOption::name).containsExactly("Сєвєродонецька");
            assertThat(byCyrillic.getFirst().nameLatin()).isEqualTo("Sievierodonetska");
            assertThat(byCyrillic.getFirst().raionName()).isEqualTo("Сіверськодонецький");
            assertThat(byCyrillic.getFirst().oblastName()).isEqualTo("Луганська");

            var city = territory.searchUnits("SIVERSKODONETSK", Set.of(UnitLevel.SETTLEMENT), 0, 20);
            assertThat(city).extracting(AdminUnitOption::name).containsExactly("Сіверськодонецьк");

            assertThat(territory.searchUnits("ZNAMIAN", Set.of(UnitLevel.SETTLEMENT), 0, 50))
                    .extracting(AdminUnitOption::name).contains("Знам’янка");
            assertThat(territory.searchUnits("знам'ян", Set.of(UnitLevel.SETTLEMENT), 0, 50))
                    .as("any apostrophe").extracting(AdminUnitOption::name).contains("Знам’янка");
        }
    }

    @Test
    void search_is_restricted_to_levels_and_puts_exact_and_prefix_matches_first() {
        try (var ignored = as("head")) {
            var hromadas = territory.searchUnits("ірпін", Set.of(UnitLevel.HROMADA), 0, 100);
            assertThat(hromadas).extracting(AdminUnitOption::name).containsExactly("Ірпінська");
            assertThat(hromadas).isNotEmpty().allSatisfy(u -> assertThat(u.level()).isEqualTo(UnitLevel.HROMADA));

            var kyiv = territory.searchUnits("Kyiv", Set.of(), 0, 10);
            // the city with special status and a village in Mykolaiv oblast are both called Київ
            assertThat(kyiv).extracting(AdminUnitOption::name).startsWith("Київ", "Київ");
            assertThat(kyiv.getFirst().category()).isEqualTo(UnitCategory.K);
            assertThat(kyiv.get(2).name()).as("then names starting with the text").startsWith("Київ");

            var page1 = territory.searchUnits("ка", Set.of(UnitLevel.SETTLEMENT), 0, 20);
            var page2 = territory.searchUnits("ка", Set.of(UnitLevel.SETTLEMENT), 20, 20);
            assertThat(page1).hasSize(20).doesNotContainAnyElementsOf(page2);
        }
    }

    @Test
    void reading_units_needs_a_signed_in_user() {
        assertThatThrownBy(() -> territory.searchUnits("Київ", Set.of(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> territory.findByCode("UA80000000000093317"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
