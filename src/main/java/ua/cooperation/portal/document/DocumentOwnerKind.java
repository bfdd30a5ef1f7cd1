package ua.cooperation.portal.document;

/** The kinds of business record that documents are attached to. Each kind has one {@link DocumentOwnerAccess}. */
public enum DocumentOwnerKind {
    PARTNERSHIP,
    PROGRAMME,
    MEETING,
    /** a visit of a delegation (issue 22) */
    VISIT
}
