package ua.cooperation.portal.search;

import java.util.List;

/** The best hits of one kind, and whether there are more than these. */
public record SearchGroup(SearchKind kind, List<SearchHit> hits, boolean more) {
}
