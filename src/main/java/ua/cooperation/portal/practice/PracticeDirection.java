package ua.cooperation.portal.practice;

/** Whether the office learnt the practice from a partner, or shared its own with one. */
public enum PracticeDirection {
    LEARNT, SHARED
}
