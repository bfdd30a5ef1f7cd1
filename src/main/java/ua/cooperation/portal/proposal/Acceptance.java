package ua.cooperation.portal.proposal;

/**
 * How an officer accepts a proposal: with the offered option number {@code option} (1 to 3), or, when it is {@code
 * null}, with {@code otherDate}, a date the partner did not offer.
 */
public record Acceptance(Integer option, DateOption otherDate) {

    public static Acceptance ofOption(int option) {
        return new Acceptance(option, null);
    }

    public static Acceptance ofOtherDate(DateOption date) {
        return new Acceptance(null, date);
    }
}
