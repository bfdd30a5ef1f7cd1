package ua.cooperation.portal.visit;

/** What a logistics checklist item of a visit is about. */
public enum ChecklistKind {
    INVITATION, VISA, TRANSPORT, ACCOMMODATION, INTERPRETER, GIFTS, OTHER
}
