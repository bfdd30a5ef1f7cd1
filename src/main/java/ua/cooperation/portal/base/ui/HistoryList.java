package ua.cooperation.portal.base.ui;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.HistoryEntry;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A record's history as a readable diff: newest change first, each with who and when, and for every changed field
 * "label: old → new" in the reader's language. The feature supplies field labels and value texts.
 */
public class HistoryList extends VerticalLayout {

    public static final String ID = "history-list";

    public HistoryList(List<HistoryEntry> entries, Function<String, String> fieldLabel,
                       BiFunction<String, Object, String> valueText) {
        setId(ID);
        setPadding(false);
        if (entries.isEmpty()) {
            var empty = new Paragraph(getTranslation("history.empty"));
            empty.addClassName(LumoUtility.TextColor.SECONDARY);
            add(empty);
            return;
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        for (var entry : entries) {
            var heading = new H4(getTranslation("history.kind." + entry.kind().name()) + " · "
                    + when.format(entry.changedAt().atZone(PortalTime.ZONE)) + " · " + Authors.shown(this, entry.changedBy()));
            heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL, LumoUtility.FontSize.SMALL);
            var block = new Div(heading);
            if (entry.subject() != null) {
                var subject = new Div(entry.subject());
                subject.addClassNames("portal-history-subject", LumoUtility.FontWeight.MEDIUM);
                block.add(subject);
            }
            block.addClassNames("portal-history-entry");
            block.getElement().setAttribute("data-revision", Long.toString(entry.revision()));
            for (var change : entry.changes()) {
                var line = new Div();
                line.addClassName("portal-history-change");
                // a text partners read says which language it is in: the original's, or a translation's
                var label = new Span(fieldLabel.apply(change.field()) + (change.language() == null ? ""
                        : " (" + getTranslation("translation.in." + change.language()) + ")") + ": ");
                label.addClassName(LumoUtility.FontWeight.MEDIUM);
                var oldValue = new Span(text(change.field(), change.oldValue(), valueText));
                oldValue.addClassName("portal-history-old");
                var newValue = new Span(text(change.field(), change.newValue(), valueText));
                newValue.addClassName("portal-history-new");
                if (entry.kind() == HistoryEntry.Kind.CREATED || entry.kind() == HistoryEntry.Kind.SHARED) {
                    line.add(label, newValue);
                } else {
                    line.add(label, oldValue, new Span(" → "), newValue);
                }
                block.add(line);
            }
            add(block);
        }
    }

    private String text(String field, Object value, BiFunction<String, Object, String> valueText) {
        return value == null ? getTranslation("history.no-value") : valueText.apply(field, value);
    }
}
