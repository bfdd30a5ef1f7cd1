package ua.cooperation.portal.meeting;

/** The part a registry person played in a meeting. */
public enum ParticipantRole {
    HOST, GUEST, DELEGATION_MEMBER, SPEAKER, OBSERVER
}
