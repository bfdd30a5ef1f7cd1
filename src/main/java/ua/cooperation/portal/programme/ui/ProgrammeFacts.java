package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.ui.RecordOverview;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.programme.ProgrammeDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A programme as text: the overview's facts (the same fields as the form, in its order) and the summary line. */
final class ProgrammeFacts {

    private ProgrammeFacts() {
    }

    /** The overview's values as the reader sees them. */
    static List<RecordOverview.Fact> of(RecordOverview<?> overview, Component source, Locale locale,
                                        ProgrammeDetails details) {
        var c = details.input();
        var facts = new ArrayList<RecordOverview.Fact>(List.of(
                overview.fact("identifier", "programme.field.identifier", c.identifier()),
                overview.fact("activity-status", "programme.field.activity-status",
                        source.getTranslation("activity-status." + c.activityStatus().name())),
                // in the reader's language, else the original with its language (ADR 0040)
                TranslatedTexts.fact(overview, "title", "programme.field.title",
                        details.titleText()),
                overview.fact("shared", "programme.field.shared", c.sharedWithPartners()),
                TranslatedTexts.fact(overview, "summary", "programme.field.summary", details.summary()),
                overview.fact("planned-start", "programme.field.planned-start",
                        ProgrammeBadges.date(c.plannedStart(), locale)),
                overview.fact("planned-end", "programme.field.planned-end",
                        ProgrammeBadges.date(c.plannedEnd(), locale)),
                overview.fact("actual-start", "programme.field.actual-start",
                        ProgrammeBadges.date(c.actualStart(), locale)),
                overview.fact("actual-end", "programme.field.actual-end", ProgrammeBadges.date(c.actualEnd(), locale))));
        facts.addAll(scopeFacts(overview, source, locale, details));
        return List.copyOf(facts);
    }

    /** Where, for whom, with how much and with whom. */
    private static List<RecordOverview.Fact> scopeFacts(RecordOverview<?> overview, Component source, Locale locale,
                                                        ProgrammeDetails details) {
        var c = details.input();
        return List.of(
                overview.fact("countries", "programme.field.countries", c.countryCodes().stream()
                        .map(code -> CountryNames.displayName(code, locale)).sorted()
                        .collect(Collectors.joining(", "))),
                overview.fact("partnerships", "programme.field.partnerships", details.partnerships().stream()
                        .map(ProgrammeDetails.Linked::name).collect(Collectors.joining(", "))),
                overview.fact("target-groups", "programme.field.target-groups", c.targetGroups().stream()
                        .map(g -> source.getTranslation("target-group." + g.name())).sorted()
                        .collect(Collectors.joining(", "))),
                overview.fact("support-areas", "programme.field.support-areas", c.supportAreas().stream()
                        .map(a -> source.getTranslation("support-area." + a.name())).sorted()
                        .collect(Collectors.joining(", "))),
                overview.fact("budget", "programme.field.budget", c.budgetAmount() == null ? ""
                        : source.getTranslation("programme.budget.text", ProgrammeBadges.money(c.budgetAmount(),
                        c.budgetCurrency(), locale), ProgrammeBadges.date(c.budgetStart(), locale),
                        ProgrammeBadges.date(c.budgetEnd(), locale))),
                overview.fact("sectors", "programme.field.sector", c.sectors().stream()
                        .map(share -> share.sector().code() + " · "
                                + source.getTranslation("sector." + share.sector().name())
                                + " — " + share.percentage() + " %")
                        .collect(Collectors.joining("; "))),
                overview.fact("organisations", "programme.field.organisations", details.participants().stream()
                        .map(p -> p.name() + " (" + source.getTranslation("organisation-role." + p.role().name())
                                + ")")
                        .collect(Collectors.joining("; "))));
    }

    /** The line under the title: the summary, the partner countries and the linked partnerships. */
    static String summary(Component source, Locale locale, ProgrammeDetails d) {
        var parts = new ArrayList<String>();
        var text = d.summary();
        if (!text.isEmpty()) {
            var note = TranslatedTexts.note(source, text);
            parts.add(note == null ? text.text() : text.text() + " (" + note + ")");
        }
        if (!d.countryCodes().isEmpty()) {
            parts.add(d.countryCodes().stream().map(c -> CountryNames.displayName(c, locale)).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!d.partnerships().isEmpty()) {
            parts.add(source.getTranslation("programme.summary.partnerships", d.partnerships().stream()
                    .map(ProgrammeDetails.Linked::name).collect(Collectors.joining(", "))));
        }
        return String.join(" · ", parts);
    }
}
