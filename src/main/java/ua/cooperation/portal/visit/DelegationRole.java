package ua.cooperation.portal.visit;

/** What a member does in a visit's delegation. */
public enum DelegationRole {
    HEAD, MEMBER, INTERPRETER, SECURITY, PRESS, OTHER
}
