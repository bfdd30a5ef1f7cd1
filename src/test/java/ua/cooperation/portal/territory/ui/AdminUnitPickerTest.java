package ua.cooperation.portal.territory.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.base.ui.AdminUnitPickers;
import ua.cooperation.portal.territory.AdminUnitOption;
import ua.cooperation.portal.territory.UnitLevel;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static org.assertj.core.api.Assertions.assertThat;

/** Choosing a hromada or settlement by typing, as an officer will in the registry forms. */
class AdminUnitPickerTest extends KaribuTest {

    @Autowired
    AdminUnitPickers<AdminUnitOption, UnitLevel> units;

    @Test
    void officer_types_a_latin_name_and_picks_the_hromada_with_its_raion_and_oblast() {
        signInAs("officer");
        var picker = units.create(Set.of(UnitLevel.HROMADA));
        picker.setId("hromada");
        UI.getCurrent().add(picker);

        setUserInput(picker, "Sievierodonetsk");
        assertThat(getSuggestions(picker))
                .containsExactly("Сєвєродонецька (Sievierodonetska) — Сіверськодонецький, Луганська");

        setUserInput(picker, "ірпін");
        var items = getSuggestionItems(picker);
        assertThat(items).extracting(AdminUnitOption::name).containsExactly("Ірпінська");
        picker.setValue(items.getFirst());
        assertThat(picker.getValue().code()).isEqualTo("UA32080150000035443");
    }

    @Test
    void typing_filters_and_only_the_given_levels_are_offered() {
        signInAs("head");
        var picker = units.create(Set.of(UnitLevel.SETTLEMENT));
        UI.getCurrent().add(picker);

        setUserInput(picker, "Kyiv");
        var items = getSuggestionItems(picker);
        assertThat(items).isNotEmpty().allSatisfy(u -> assertThat(u.level()).isEqualTo(UnitLevel.SETTLEMENT));
        assertThat(items.getFirst().name()).as("the village called Київ, an exact match").isEqualTo("Київ");
        assertThat(items.getFirst().oblastName()).isEqualTo("Миколаївська");

        setUserInput(picker, "Znamianka");
        assertThat(getSuggestions(picker)).anyMatch(s -> s.startsWith("Знам’янка (Znamianka) — "));
    }
}
