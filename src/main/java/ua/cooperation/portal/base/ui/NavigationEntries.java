package ua.cooperation.portal.base.ui;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.PortalUser;

import java.util.Comparator;
import java.util.List;

/** Collects the navigation entries that features declare, in their order. */
@Component
class NavigationEntries {

    private final List<NavigationEntry> entries;

    NavigationEntries(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    List<NavigationEntry> visibleTo(PortalUser user) {
        return entries.stream().filter(e -> e.visibleTo().test(user)).toList();
    }
}
