package ua.cooperation.portal.programme;

/**
 * Where a programme stands with the heads: an officer drafts and submits, a head approves or returns it with a
 * comment; a returned programme is changed and submitted again; an approved one changes its key fields only after
 * an officer starts a revision (back to draft).
 */
public enum ApprovalState {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Whether officers may change the programme's fields in this state (key fields of an approved one never). */
    public boolean editable() {
        return this != SUBMITTED;
    }
}
