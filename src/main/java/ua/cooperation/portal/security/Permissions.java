package ua.cooperation.portal.security;

/**
 * What the current reader may do with a record they can open, decided once by {@link AccessPolicy} and carried in
 * the record's {@code *Details} so that views only show the answers. The services check every action again.
 *
 * @param mayEdit       change the record, its sub-records and its documents (officers and administrators)
 * @param mayDecide     approve, confirm or return what awaits a decision (regional heads)
 * @param showsInternal see what the office keeps for itself (staff; never a partner or a liaison preview)
 */
public record Permissions(boolean mayEdit, boolean mayDecide, boolean showsInternal) {

    /** A reader who may only read: a partner, or a head looking at something that awaits no decision. */
    public static final Permissions READ_ONLY = new Permissions(false, false, false);

    /** Uploading and removing documents follows the edit right. */
    public boolean mayUpload() {
        return mayEdit;
    }
}
