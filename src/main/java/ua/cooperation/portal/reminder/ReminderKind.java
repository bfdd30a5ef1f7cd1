package ua.cooperation.portal.reminder;

/** What a reminder is about. */
public enum ReminderKind {
    ACTION_ITEM_OVERDUE, ACTION_ITEM_DUE_SOON, AGREEMENT_EXPIRING, NATIONAL_DAY
}
