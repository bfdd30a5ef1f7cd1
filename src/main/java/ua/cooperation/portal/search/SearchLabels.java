package ua.cooperation.portal.search;

import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A hit's label in the reader's language (ADR 0040): the index keeps the original as the label of translated kinds
 * (and finds every translation), the translation model gives the reader's text at query time.
 */
final class SearchLabels {

    /** A decision's label is its number and text: "2. Започаткувати партнерство …". */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+\\. )(.*)$", Pattern.DOTALL);

    private SearchLabels() {
    }

    static List<SearchHit> inReadersLanguage(RecordTexts texts, SearchKind kind, List<SearchHit> hits,
                                             Map<Long, String> originals, Locale language) {
        var field = switch (kind) {
            case MEETING, ACTION_ITEM, PROGRAMME, VISIT -> "title";
            case DECISION -> "text";
            case ORGANISATION -> "name";
            // a partnership's label names its sides, and SearchService asks the partnerships for it
            case PARTNERSHIP -> null;
            default -> null;
        };
        if (field == null || hits.isEmpty()) {
            return hits;
        }
        var owner = TextOwnerKind.valueOf(kind.name());
        var prefixes = new java.util.HashMap<Long, String>();
        var plain = new java.util.HashMap<Long, String>();
        // an organisation's name in the reader's language comes from its own columns (the hit's label); only a
        // Lithuanian or Polish translation replaces it
        var labels = kind == SearchKind.ORGANISATION ? labelsOf(hits) : originals;
        labels.forEach((id, label) -> {
            var numbered = label == null ? null : NUMBERED.matcher(label);
            if (kind == SearchKind.DECISION && numbered != null && numbered.matches()) {
                prefixes.put(id, numbered.group(1));
                plain.put(id, numbered.group(2));
            } else {
                plain.put(id, label);
            }
        });
        var shown = texts.localize(owner, field, plain, language);
        return hits.stream().map(hit -> {
            var text = shown.get(hit.id());
            if (text == null || text.isEmpty() || !text.language().equals(language.getLanguage())) {
                return hit;
            }
            return new SearchHit(hit.kind(), hit.id(), hit.target(), prefixes.getOrDefault(hit.id(), "") + text.text(),
                    hit.countryCode(), hit.detail(), hit.score());
        }).toList();
    }

    private static Map<Long, String> labelsOf(List<SearchHit> hits) {
        var labels = new java.util.HashMap<Long, String>();
        hits.forEach(hit -> labels.put(hit.id(), hit.label()));
        return labels;
    }
}
