package ua.cooperation.portal.base.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.base.text.UkrainianTransliteration.latin;

/** The examples of the table in Cabinet of Ministers resolution No. 55 of 27 January 2010, and its position rules. */
class UkrainianTransliterationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Алушта, Alushta", "Борщагівка, Borshchahivka", "Вінниця, Vinnytsia", "Гадяч, Hadiach",
            "Згорани, Zghorany", "Ґалаґан, Galagan", "Дон, Don", "Рівне, Rivne", "Єнакієве, Yenakiieve",
            "Наталія, Nataliia", "Житомир, Zhytomyr", "Закарпаття, Zakarpattia", "Медвин, Medvyn",
            "Іршава, Irshava", "Їжакевич, Yizhakevych", "Кадиївка, Kadyivka", "Йосипівка, Yosypivka",
            "Стрий, Stryi", "Олексій, Oleksii", "Київ, Kyiv", "Лебедин, Lebedyn", "Миколаїв, Mykolaiv",
            "Ніжин, Nizhyn", "Одеса, Odesa", "Полтава, Poltava", "Ромни, Romny", "Суми, Sumy", "Тетерів, Teteriv",
            "Ужгород, Uzhhorod", "Фастів, Fastiv", "Харків, Kharkiv", "Біла Церква, Bila Tserkva",
            "Чернівці, Chernivtsi", "Шостка, Shostka", "Гоща, Hoshcha", "Юрій, Yurii", "Крюківка, Kriukivka",
            "Яготин, Yahotyn", "Ічня, Ichnia", "Розгон, Rozghon", "Знам'янка, Znamianka",
            "Сєвєродонецьк, Sievierodonetsk", "Луганськ, Luhansk",
            // from the resolution's table as well
            "Бориспіль, Boryspil", "Згурівка, Zghurivka", "Короп'є, Koropie", "Феодосія, Feodosiia",
            "Уляна, Uliana", "Щербухи, Shcherbukhy", "Юрій, Yurii", "Соломія, Solomiia", "Чорнобаївка, Chornobaivka"
    })
    void examples_of_the_resolution(String ukrainian, String expected) {
        assertThat(latin(ukrainian)).isEqualTo(expected);
    }

    @Test
    void every_kind_of_apostrophe_and_the_soft_sign_are_not_written() {
        assertThat(latin("Знам’янка")).isEqualTo("Znamianka");
        assertThat(latin("Знамʼянка")).isEqualTo("Znamianka");
        assertThat(latin("Львів")).isEqualTo("Lviv");
        assertThat(latin("Солом’янський")).isEqualTo("Solomianskyi");
    }

    @Test
    void position_rules_apply_to_every_word_of_a_name() {
        assertThat(latin("Ярмолинці Юрія Їжака")).isEqualTo("Yarmolyntsi Yuriia Yizhaka");
        assertThat(latin("Нова Ярославка-Йосипівка")).isEqualTo("Nova Yaroslavka-Yosypivka");
    }

    @Test
    void capitals_are_kept_and_words_in_capitals_stay_in_capitals() {
        assertThat(latin("ЄНАКІЄВЕ")).isEqualTo("YENAKIIEVE");
        assertThat(latin("ЩАСТЯ")).isEqualTo("SHCHASTIA");
        assertThat(latin("ЗГОРАНИ")).isEqualTo("ZGHORANY");
        assertThat(latin("Я")).isEqualTo("Ya");
        assertThat(latin("Щастя")).isEqualTo("Shchastia");
    }

    @Test
    void other_characters_are_kept_and_null_stays_null() {
        assertThat(latin("Київ-2, Kyiv")).isEqualTo("Kyiv-2, Kyiv");
        assertThat(latin("")).isEmpty();
        assertThat(latin(null)).isNull();
    }
}
