package ua.cooperation.portal.export;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeDetails;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.territory.Oblast;
import ua.cooperation.portal.territory.TerritoryService;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The "5W" of programmes (who, what, where, when, for whom), as OCHA coordination clusters collect them: one row per
 * programme of the list's current filter, with a second row of HXL 1.1 hashtags so that HXL tools (HDX, the HXL
 * Proxy) read the columns without a mapping. The rows come from {@link ProgrammeService} batch by batch (its ordered
 * ids, then each programme by id), so the liaison rule applies and memory stays flat; the file is written by
 * {@link ListExport}, which also logs it.
 */
@Service
public class FiveWExport {

    static final String WHAT = "programmes-5w";

    /**
     * One programme of the 5W and the oblasts it works in. The "where" below the country: programmes have no place of
     * their own, so the oblasts are those of the Ukrainian hromadas of the programme's linked partnerships (programme
     * → partnership → Ukrainian municipality → KATOTTH hromada → its oblast), only partnerships the reader may see.
     */
    record Row(ProgrammeDetails programme, List<Oblast> oblasts) {
    }

    private final ProgrammeService programmes;
    private final PartnershipService partnerships;
    private final TerritoryService territory;
    private final ListExport export;

    FiveWExport(ProgrammeService programmes, PartnershipService partnerships, TerritoryService territory,
                ListExport export) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.territory = territory;
        this.export = export;
    }

    /**
     * Writes the 5W of the programmes the current user sees under {@code filter} in {@code language}, in the list's
     * order, as {@code format}; calls {@code progress} with the rows written.
     *
     * @return the number of programmes written
     */
    @PreAuthorize("isAuthenticated()")
    public long write(ProgrammeFilter filter, Locale language, ExportFormat format, OutputStream out,
                      LongConsumer progress) throws IOException {
        // the programmes' ordered ids, then each batch's details (scoped by id) and the oblasts of their partnerships
        ExportRows<Row> rows = ExportRows.byIds(() -> programmes.findVisibleIds(filter, Sort.unsorted(), language),
                ids -> rowsOf(ids, language), row -> row.programme().id());
        return export.writeRows(WHAT, format, columns(new Translations(language)), rows, out, progress);
    }

    private List<Row> rowsOf(List<Long> ids, Locale language) {
        var details = ids.stream().map(id -> programmes.findVisibleById(id, language)).flatMap(Optional::stream)
                .toList();
        // details list only the partnerships the reader may see; their hromadas' oblasts in two queries per batch
        var hromadas = partnerships.visibleHromadaCodes(details.stream()
                .flatMap(p -> p.partnerships().stream().map(ProgrammeDetails.Linked::id)).distinct().toList());
        var oblasts = territory.oblastsOf(Set.copyOf(hromadas.values()));
        return details.stream().map(p -> new Row(p, p.partnerships().stream()
                        .map(linked -> hromadas.get(linked.id())).filter(Objects::nonNull)
                        .map(oblasts::get).filter(Objects::nonNull).distinct()
                        .sorted(Comparator.comparing(Oblast::code)).toList()))
                .toList();
    }

    static List<ExportColumn<Row>> columns(Translations t) {
        var language = t.locale();
        return List.of(
                column(t.get("programme.field.identifier"), ProgrammeDetails::identifier,
                        "#activity +code"),
                column(t.get("programme.field.title"), ProgrammeDetails::title, "#activity +name"),
                column(t.get("five-w.funders"), p -> organisations(p, OrganisationRole.FUNDING),
                        "#org +funder"),
                column(t.get("five-w.accountable"), p -> organisations(p, OrganisationRole.ACCOUNTABLE),
                        "#org +prog"),
                column(t.get("five-w.implementers"), p -> organisations(p, OrganisationRole.IMPLEMENTING),
                        "#org +impl"),
                column(t.get("five-w.sectors"), p -> p.input().sectors().stream()
                        .map(s -> t.get("sector." + s.sector().name()) + " (" + s.percentage() + " %)")
                        .collect(Collectors.joining("; ")), "#sector +name"),
                column(t.get("five-w.sector-codes"), p -> p.input().sectors().stream()
                        .map(s -> s.sector().code()).collect(Collectors.joining("; ")), "#sector +code"),
                column(t.get("programme.field.countries"), p -> p.countryCodes().stream()
                        .map(c -> CountryNames.displayName(c, language)).sorted()
                        .collect(Collectors.joining("; ")), "#country +name"),
                column(t.get("five-w.country-codes"), p -> p.countryCodes().stream().sorted()
                        .collect(Collectors.joining("; ")), "#country +code"),
                // a programme in several oblasts lists them in one cell, "; "-separated, as this file does for its
                // countries, sectors and organisations: one row per programme keeps the budget and the people
                // reached from being counted once per oblast when the rows are summed (the OCHA 3W/5W tools that
                // want one row per activity and location split such cells; HXL's #adm1 says what the column holds)
                new ExportColumn<>(t.get("five-w.oblasts"), (Row r) -> r.oblasts().stream().map(o -> o.nameIn(language))
                        .collect(Collectors.joining("; ")), "#adm1 +name"),
                new ExportColumn<>(t.get("five-w.oblast-codes"), (Row r) -> r.oblasts().stream().map(Oblast::code)
                        .collect(Collectors.joining("; ")), "#adm1 +code"),
                column(t.get("programme.field.activity-status"),
                        p -> t.get("activity-status." + p.input().activityStatus().name()), "#status +name"),
                column(t.get("five-w.start"), p -> Optional.ofNullable(p.input().actualStart())
                        .orElse(p.input().plannedStart()), "#date +start"),
                column(t.get("five-w.end"), p -> Optional.ofNullable(p.input().actualEnd())
                        .orElse(p.input().plannedEnd()), "#date +end"),
                column(t.get("programme.field.target-groups"), p -> p.input().targetGroups().stream()
                        .map(g -> t.get("target-group." + g.name())).sorted()
                        .collect(Collectors.joining("; ")), "#beneficiary +type"),
                column(t.get("five-w.reached"), p -> p.input().beneficiaries().isEmpty() ? null
                        : p.input().beneficiaries().stream().mapToLong(ProgrammeChanges.BeneficiaryCount::count)
                        .sum(), "#reached +ind"),
                column(t.get("programme.field.budget-amount"), p -> p.input().budgetAmount(), "#value"),
                column(t.get("programme.field.budget-currency"), p -> p.input().budgetCurrency(),
                        "#currency +code"));
    }

    /** A column of the programme's own fields. */
    private static ExportColumn<Row> column(String header, Function<ProgrammeDetails, Object> value, String hashtag) {
        return new ExportColumn<>(header, row -> value.apply(row.programme()), hashtag);
    }

    private static String organisations(ProgrammeDetails programme, OrganisationRole role) {
        return programme.participants().stream().filter(p -> p.role() == role)
                .map(ProgrammeDetails.ParticipantItem::name).distinct().collect(Collectors.joining("; "));
    }
}
