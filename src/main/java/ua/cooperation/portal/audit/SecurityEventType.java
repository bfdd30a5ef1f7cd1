package ua.cooperation.portal.audit;

/** Kinds of security-relevant events kept in the audit table. */
public enum SecurityEventType {
    /** A completed sign-in: the password, and the second factor where the user has or needs one. */
    SIGN_IN,
    /** A correct password of a user who must still give the second factor. */
    SIGN_IN_PENDING,
    SIGN_IN_FAILED,
    /** Too many wrong passwords from one client address: its sign-ins are refused for a while (ADR 0034). */
    SIGN_IN_THROTTLED,
    /** Too many wrong second-factor codes: the account is locked for a while. */
    LOCKED_OUT,
    SIGN_OUT,
    ACCESS_DENIED,
    USER_CHANGED,
    EXPORT,
    DOWNLOAD,
    /** An officer looked at the portal as the liaison of a country would. */
    PREVIEW,
    /** A user set up two-factor sign-in. */
    TWO_FACTOR_ENROLLED,
    /** A wrong two-factor or recovery code. */
    TWO_FACTOR_FAILED,
    /** An administrator removed a user's second factor; the user sets it up again. */
    TWO_FACTOR_RESET,
    /** A partner (embassy liaison or organisation guest) wrote something: a comment, a proposal, a document … */
    PARTNER_WRITE,
    /** A partner's write was refused because she wrote too much in too short a time. */
    PARTNER_WRITE_LIMITED
}
