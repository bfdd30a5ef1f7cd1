package ua.cooperation.portal.base.ui;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** Collects the navigation entries that features declare, in their order. */
@Component
class NavigationEntries {

    private final List<NavigationEntry> entries;

    NavigationEntries(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    /** The entries shown to the signed-in user. */
    List<NavigationEntry> shown() {
        return entries.stream().filter(e -> e.shown().getAsBoolean()).toList();
    }
}
