package ua.cooperation.portal.export;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeDetails;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeListItem;
import ua.cooperation.portal.programme.ProgrammeService;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The "5W" of programmes (who, what, where, when, for whom), as OCHA coordination clusters collect them: one row per
 * programme of the list's current filter, with a second row of HXL 1.1 hashtags so that HXL tools (HDX, the HXL
 * Proxy) read the columns without a mapping. The rows come from {@link ProgrammeService} page by page, so the liaison
 * rule applies and memory stays flat; the file is written by {@link ListExport}, which also logs it.
 */
@Service
public class FiveWExport {

    static final String WHAT = "programmes-5w";

    private final ProgrammeService programmes;
    private final ListExport export;

    FiveWExport(ProgrammeService programmes, ListExport export) {
        this.programmes = programmes;
        this.export = export;
    }

    /**
     * Writes the 5W of the programmes the current user sees under {@code filter} in {@code format}, in
     * {@code language}; calls {@code progress} with the rows written.
     *
     * @return the number of programmes written
     */
    @PreAuthorize("isAuthenticated()")
    public long write(ProgrammeFilter filter, Locale language, ExportFormat format, OutputStream out,
                      LongConsumer progress) throws IOException {
        Function<Pageable, List<ProgrammeDetails>> rows = page -> programmes.findVisible(filter, page, language)
                .stream().map(ProgrammeListItem::id).map(id -> programmes.findVisibleById(id, language))
                .flatMap(Optional::stream).toList();
        return export.write(WHAT, format, columns(new Translations(language)), rows, out, progress);
    }

    static List<ExportColumn<ProgrammeDetails>> columns(Translations t) {
        var language = t.locale();
        return List.of(
                new ExportColumn<>(t.get("programme.field.identifier"), ProgrammeDetails::identifier,
                        "#activity +code"),
                new ExportColumn<>(t.get("programme.field.title"), p -> p.title(language), "#activity +name"),
                new ExportColumn<>(t.get("five-w.funders"), p -> organisations(p, OrganisationRole.FUNDING),
                        "#org +funder"),
                new ExportColumn<>(t.get("five-w.accountable"), p -> organisations(p, OrganisationRole.ACCOUNTABLE),
                        "#org +prog"),
                new ExportColumn<>(t.get("five-w.implementers"), p -> organisations(p, OrganisationRole.IMPLEMENTING),
                        "#org +impl"),
                new ExportColumn<>(t.get("five-w.sectors"), p -> p.input().sectors().stream()
                        .map(s -> t.get("sector." + s.sector().name()) + " (" + s.percentage() + " %)")
                        .collect(Collectors.joining("; ")), "#sector +name"),
                new ExportColumn<>(t.get("five-w.sector-codes"), p -> p.input().sectors().stream()
                        .map(s -> s.sector().code()).collect(Collectors.joining("; ")), "#sector +code"),
                new ExportColumn<>(t.get("programme.field.countries"), p -> p.countryCodes().stream()
                        .map(c -> CountryNames.displayName(c, language)).sorted()
                        .collect(Collectors.joining("; ")), "#country +name"),
                new ExportColumn<>(t.get("five-w.country-codes"), p -> p.countryCodes().stream().sorted()
                        .collect(Collectors.joining("; ")), "#country +code"),
                new ExportColumn<>(t.get("programme.field.activity-status"),
                        p -> t.get("activity-status." + p.input().activityStatus().name()), "#status +name"),
                new ExportColumn<>(t.get("five-w.start"), p -> Optional.ofNullable(p.input().actualStart())
                        .orElse(p.input().plannedStart()), "#date +start"),
                new ExportColumn<>(t.get("five-w.end"), p -> Optional.ofNullable(p.input().actualEnd())
                        .orElse(p.input().plannedEnd()), "#date +end"),
                new ExportColumn<>(t.get("programme.field.target-groups"), p -> p.input().targetGroups().stream()
                        .map(g -> t.get("target-group." + g.name())).sorted()
                        .collect(Collectors.joining("; ")), "#beneficiary +type"),
                new ExportColumn<>(t.get("five-w.reached"), p -> p.input().beneficiaries().isEmpty() ? null
                        : p.input().beneficiaries().stream().mapToLong(ProgrammeChanges.BeneficiaryCount::count)
                        .sum(), "#reached +ind"),
                new ExportColumn<>(t.get("programme.field.budget-amount"), p -> p.input().budgetAmount(), "#value"),
                new ExportColumn<>(t.get("programme.field.budget-currency"), p -> p.input().budgetCurrency(),
                        "#currency +code"));
    }

    private static String organisations(ProgrammeDetails programme, OrganisationRole role) {
        return programme.participants().stream().filter(p -> p.role() == role)
                .map(ProgrammeDetails.ParticipantItem::name).distinct().collect(Collectors.joining("; "));
    }
}
