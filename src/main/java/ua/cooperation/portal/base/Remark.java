package ua.cooperation.portal.base;

/**
 * A note written with a decision on a record (a status change, an approval step): its text, and whether the writer
 * marked it for partners. Partners read only the notes marked for them; staff read all (security.AccessPolicy).
 */
public record Remark(String text, boolean forPartners) {

    /** A note for the office only: the default, as in the dialogs. */
    public static Remark internal(String text) {
        return new Remark(text, false);
    }

    /** A note that partners who may see the record read too. */
    public static Remark forPartners(String text) {
        return new Remark(text, true);
    }

    /** The text, or null for no remark. */
    public static String textOf(Remark remark) {
        return remark == null ? null : remark.text();
    }

    /** Whether a remark (with text) is marked for partners. */
    public static boolean sharedOf(Remark remark) {
        return remark != null && remark.forPartners();
    }
}
