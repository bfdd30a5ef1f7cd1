package ua.cooperation.portal.notification;

import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Collection;
import java.util.Set;

/**
 * One thing that happened, as the listener turned a feature's event into it: what, about which record, who is told by
 * the rules (by account id, by user name, the heads, the officers, the liaisons of the record's countries), and the
 * record's scope facts, from which a liaison's right to know is decided once for the event. The record's followers are
 * told too, unless the event names only staff followers or none ({@link Followers}).
 */
record Event(NotificationKind kind, TextOwnerKind subjectKind, long subjectId, Set<Long> accounts,
             Set<String> usernames, boolean heads, boolean liaisons, Set<String> countryCodes, boolean shared,
             Remark remark, boolean officers, Followers followers) {

    /** Which of the record's followers are told as well: all (the default), staff only, or none. */
    enum Followers { ALL, STAFF, NONE }

    Event {
        accounts = accounts.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        usernames = usernames.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        countryCodes = Set.copyOf(countryCodes);
    }

    static Event of(NotificationKind kind, TextOwnerKind subjectKind, long subjectId, Collection<String> countryCodes,
                    boolean shared) {
        return new Event(kind, subjectKind, subjectId, Set.of(), Set.of(), false, false, Set.copyOf(countryCodes),
                shared, null, false, Followers.ALL);
    }

    Event toAccounts(Long... ids) {
        var all = new java.util.HashSet<>(accounts);
        for (var id : ids) {
            if (id != null) {
                all.add(id);
            }
        }
        return new Event(kind, subjectKind, subjectId, all, usernames, heads, liaisons, countryCodes, shared, remark,
                officers, followers);
    }

    Event toUser(String username) {
        var all = new java.util.HashSet<>(usernames);
        if (username != null) {
            all.add(username);
        }
        return new Event(kind, subjectKind, subjectId, accounts, all, heads, liaisons, countryCodes, shared, remark,
                officers, followers);
    }

    Event toHeads() {
        return new Event(kind, subjectKind, subjectId, accounts, usernames, true, liaisons, countryCodes, shared,
                remark, officers, followers);
    }

    Event toLiaisons() {
        return new Event(kind, subjectKind, subjectId, accounts, usernames, heads, true, countryCodes, shared,
                remark, officers, followers);
    }

    /** Every active officer (a partner's proposal waits for them). */
    Event toOfficers() {
        return new Event(kind, subjectKind, subjectId, accounts, usernames, heads, liaisons, countryCodes, shared,
                remark, true, followers);
    }

    Event withRemark(Remark newRemark) {
        return new Event(kind, subjectKind, subjectId, accounts, usernames, heads, liaisons, countryCodes, shared,
                newRemark, officers, followers);
    }

    /** Only the accounts the rules name, not the record's followers. */
    Event withoutFollowers() {
        return new Event(kind, subjectKind, subjectId, accounts, usernames, heads, liaisons, countryCodes, shared,
                remark, officers, Followers.NONE);
    }

    /** The record's followers only where they are staff (what a partner proposed is for the office). */
    Event toStaffFollowersOnly() {
        return new Event(kind, subjectKind, subjectId, accounts, usernames, heads, liaisons, countryCodes, shared,
                remark, officers, Followers.STAFF);
    }
}
