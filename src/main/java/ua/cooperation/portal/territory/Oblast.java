package ua.cooperation.portal.territory;

import java.util.Locale;

/**
 * A first-level unit of the codifier (an oblast, the Autonomous Republic of Crimea, or a city with special status) by
 * its KATOTTH code and its names as the codifier writes them: Ukrainian, and the official Latin transliteration.
 */
public record Oblast(String code, String name, String nameLatin) {

    /** The name for a reader: Ukrainian for Ukrainian readers, the Latin transliteration for everyone else. */
    public String nameIn(Locale language) {
        return "uk".equals(language.getLanguage()) || nameLatin == null || nameLatin.isBlank() ? name : nameLatin;
    }
}
