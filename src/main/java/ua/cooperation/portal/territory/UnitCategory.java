package ua.cooperation.portal.territory;

import java.util.Optional;

/** The category letter of the KATOTTH codifier ("Категорія об’єкта"). */
public enum UnitCategory {
    /** Oblast or the Autonomous Republic of Crimea. */
    O,
    /** City with special status (Kyiv, Sevastopol). */
    K,
    /** Raion. */
    P,
    /** Territorial hromada. */
    H,
    /** City. */
    M,
    /** Selyshche (settlement). */
    X,
    /** Village. */
    C,
    /** City district. */
    B;

    static Optional<UnitCategory> ofLetter(String letter) {
        for (var category : values()) {
            if (category.name().equals(letter)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
