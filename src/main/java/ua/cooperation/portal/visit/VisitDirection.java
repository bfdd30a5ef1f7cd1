package ua.cooperation.portal.visit;

/** Whether a foreign delegation comes to us ({@code INCOMING}) or ours goes abroad ({@code OUTGOING}). */
public enum VisitDirection {
    INCOMING, OUTGOING
}
