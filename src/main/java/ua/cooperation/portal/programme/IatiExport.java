package ua.cooperation.portal.programme;

import ua.cooperation.portal.base.PortalTime;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.SAXException;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.RegistryNames;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static ua.cooperation.portal.programme.IatiExportRefusedException.Item;
import static ua.cooperation.portal.programme.IatiExportRefusedException.Missing;

/**
 * Writes programmes as an IATI 2.03 {@code iati-activities} file (StAX, elements in the schema's order) and validates
 * it against the schema before handing it out. Scoped like every read: a programme the user may not see is not found,
 * and the filtered set holds only visible ones. Where IATI requires a part the programme lacks, the export is refused
 * with the list of what to fill in. Every export is audited.
 */
@Service
public class IatiExport {

    public static final String VERSION = "2.03";
    /** IATI OrganisationType 10: government. */
    private static final String GOVERNMENT = "10";
    /** IATI ResultType 1: output. IndicatorMeasure 1: unit. */
    private static final String OUTPUT = "1";
    private static final String UNIT = "1";
    private static final String DAC_5 = "1";

    private final VisibleProgrammes visibleProgrammes;
    private final ProgrammeQueries queries;
    private final EntityManager entityManager;
    private final SecurityAuditLog auditLog;
    private final CurrentUser currentUser;
    private final PortalTime time;
    private final RecordTexts texts;
    private final String reportingOrgRef;
    private final String reportingOrgNameUk;
    private final String reportingOrgNameEn;

    IatiExport(VisibleProgrammes visibleProgrammes, ProgrammeQueries queries, EntityManager entityManager,
               SecurityAuditLog auditLog, CurrentUser currentUser, PortalTime time, RecordTexts texts,
               @Value("${portal.iati.reporting-org.ref:UA-EDRPOU-00000000}") String reportingOrgRef,
               @Value("${portal.iati.reporting-org.name-uk:Обласна військова адміністрація}") String reportingOrgNameUk,
               @Value("${portal.iati.reporting-org.name-en:Regional Military Administration}")
               String reportingOrgNameEn) {
        this.visibleProgrammes = visibleProgrammes;
        this.queries = queries;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.time = time;
        this.texts = texts;
        this.reportingOrgRef = reportingOrgRef;
        this.reportingOrgNameUk = reportingOrgNameUk;
        this.reportingOrgNameEn = reportingOrgNameEn;
    }

    /** The IATI file of one visible programme; {@link RecordNotFoundException} for any other id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public IatiFile exportOne(long id) {
        var programme = visibleProgrammes.find(id).orElseThrow(() -> new RecordNotFoundException("Programme " + id));
        return export(List.of(programme), fileName(programme.getIdentifier()));
    }

    /** The IATI file of every visible programme matching {@code filter}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public IatiFile exportVisible(ProgrammeFilter filter) {
        return export(queries.entities(filter), "iati-activities-" + time.today()
                + ".xml");
    }

    /** What IATI would still need from a visible programme; empty when it can be exported. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Missing> missingFor(long id) {
        var programme = visibleProgrammes.find(id).orElseThrow(() -> new RecordNotFoundException("Programme " + id));
        return missing(programme.getIdentifier(), programme.toChanges());
    }

    private IatiFile export(List<Programme> selected, String fileName) {
        var missing = new ArrayList<Missing>();
        if (selected.isEmpty()) {
            missing.add(new Missing(null, Item.NO_PROGRAMMES));
        }
        for (var programme : selected) {
            missing.addAll(missing(programme.getIdentifier(), programme.toChanges()));
        }
        if (!missing.isEmpty()) {
            throw new IatiExportRefusedException(missing);
        }
        byte[] xml = write(selected);
        try {
            IatiSchema.validate(xml);
        } catch (SAXException | IOException e) {
            // the checks above should make this impossible: a bug, not the user's to fix
            throw new IllegalStateException("The IATI export does not validate against the 2.03 schema", e);
        }
        auditLog.record(SecurityEventType.EXPORT, currentUser.require().username(), "IATI activities "
                + selected.stream().map(Programme::getIdentifier).toList());
        return new IatiFile(fileName, xml);
    }

    static String fileName(String identifier) {
        return "iati-" + identifier.replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
    }

    static List<Missing> missing(String identifier, ProgrammeChanges p) {
        var result = new ArrayList<Missing>();
        if (blank(p.title())) {
            result.add(new Missing(identifier, Item.TITLE));
        }
        if (blank(p.summary())) {
            result.add(new Missing(identifier, Item.DESCRIPTION));
        }
        if (p.participants().isEmpty()) {
            result.add(new Missing(identifier, Item.PARTICIPATING_ORG));
        }
        if (p.plannedStart() == null && p.plannedEnd() == null && p.actualStart() == null && p.actualEnd() == null) {
            result.add(new Missing(identifier, Item.ACTIVITY_DATE));
        }
        if (p.budgetAmount() != null && (p.budgetStart() == null || p.budgetEnd() == null)) {
            result.add(new Missing(identifier, Item.BUDGET_PERIOD));
        }
        if (p.indicators().stream().anyMatch(i -> i.baselineValue() != null && i.baselineYear() == null)) {
            result.add(new Missing(identifier, Item.BASELINE_YEAR));
        }
        return result;
    }

    private byte[] write(List<Programme> selected) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime", dateTime(time.now().atZone(PortalTime.ZONE).toOffsetDateTime()));
            for (var programme : selected) {
                activity(xml, programme);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the IATI file failed", e);
        }
        return out.toByteArray();
    }

    /**
     * One {@code iati-activity}, its elements in the order the 2.03 schema requires. The activity's default language
     * is the one its texts were written in, so that their original narratives carry no {@code xml:lang} (IATI:
     * a narrative in the default language omits it); each current translation follows with its language.
     */
    private void activity(XMLStreamWriter xml, Programme programme) throws XMLStreamException {
        var p = programme.toChanges();
        var language = texts.originalLanguages(TextOwnerKind.PROGRAMME, List.of(programme.getId()))
                .get(programme.getId());
        var translations = texts.currentTranslations(TextOwnerKind.PROGRAMME, programme.getId());
        xml.writeStartElement("iati-activity");
        if (programme.getUpdatedAt() != null) {
            xml.writeAttribute("last-updated-datetime", dateTime(programme.getUpdatedAt().atZone(PortalTime.ZONE)
                    .toOffsetDateTime()));
        }
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        if (p.budgetCurrency() != null) {
            xml.writeAttribute("default-currency", p.budgetCurrency());
        }
        element(xml, "iati-identifier", p.identifier());
        reportingOrgAndTexts(xml, p, translations);
        for (var participant : p.participants()) {
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", Integer.toString(participant.role().code()));
            organisationNarratives(xml, participant.organisationId());
            xml.writeEndElement();
        }
        statusDatesAndPlaces(xml, p);
        budget(xml, p);
        for (var t : p.transactions()) {
            transaction(xml, t);
        }
        for (var indicator : p.indicators()) {
            result(xml, indicator, translations.getOrDefault(
                    ProgrammeChanges.Indicator.textFieldOf(indicator.key()), Map.of()));
        }
        xml.writeEndElement();
    }

    private void reportingOrgAndTexts(XMLStreamWriter xml, ProgrammeChanges p,
                                      Map<String, Map<String, String>> translations) throws XMLStreamException {
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reportingOrgRef);
        xml.writeAttribute("type", GOVERNMENT);
        narrative(xml, "uk", reportingOrgNameUk);
        narrative(xml, "en", reportingOrgNameEn);
        xml.writeEndElement();

        xml.writeStartElement("title");
        narratives(xml, p.title(), translations.getOrDefault(ProgrammeTextOwner.TITLE, Map.of()));
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narratives(xml, p.summary(), translations.getOrDefault(ProgrammeTextOwner.SUMMARY, Map.of()));
        xml.writeEndElement();
    }

    /** The activity status, its dates, recipient countries and sectors. */
    private static void statusDatesAndPlaces(XMLStreamWriter xml, ProgrammeChanges p) throws XMLStreamException {
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", Integer.toString(p.activityStatus().code()));
        activityDate(xml, "1", p.plannedStart());
        activityDate(xml, "2", p.actualStart());
        activityDate(xml, "3", p.plannedEnd());
        activityDate(xml, "4", p.actualEnd());
        for (var country : p.countryCodes().stream().sorted().toList()) {
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", country);
        }
        for (var sector : p.sectors()) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", DAC_5);
            xml.writeAttribute("code", sector.sector().code());
            xml.writeAttribute("percentage", Integer.toString(sector.percentage()));
        }
    }

    private static void budget(XMLStreamWriter xml, ProgrammeChanges p) throws XMLStreamException {
        if (p.budgetAmount() == null) {
            return;
        }
        xml.writeStartElement("budget");
        xml.writeAttribute("type", "1");
        xml.writeAttribute("status", "1");
        dateElement(xml, "period-start", p.budgetStart());
        dateElement(xml, "period-end", p.budgetEnd());
        value(xml, p.budgetAmount(), p.budgetCurrency(), p.budgetStart());
        xml.writeEndElement();
    }

    private void transaction(XMLStreamWriter xml, ProgrammeChanges.Transaction t) throws XMLStreamException {
        xml.writeStartElement("transaction");
        xml.writeEmptyElement("transaction-type");
        xml.writeAttribute("code", Integer.toString(t.type().code()));
        dateElement(xml, "transaction-date", t.date());
        value(xml, t.amount(), t.currency(), t.date());
        if (t.providerOrganisationId() != null) {
            xml.writeStartElement("provider-org");
            organisationNarratives(xml, t.providerOrganisationId());
            xml.writeEndElement();
        }
        if (t.receiverOrganisationId() != null) {
            xml.writeStartElement("receiver-org");
            organisationNarratives(xml, t.receiverOrganisationId());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * A result per indicator: the indicator's title is the result's title too, each with the original and its current
     * translations ({@code titles}).
     */
    private static void result(XMLStreamWriter xml, ProgrammeChanges.Indicator indicator, Map<String, String> titles)
            throws XMLStreamException {
        xml.writeStartElement("result");
        xml.writeAttribute("type", OUTPUT);
        xml.writeStartElement("title");
        narratives(xml, indicator.title(), titles);
        xml.writeEndElement();
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", UNIT);
        xml.writeStartElement("title");
        narratives(xml, indicator.title(), titles);
        xml.writeEndElement();
        if (!blank(indicator.unit())) {
            xml.writeStartElement("description");
            narrative(xml, null, indicator.unit());
            xml.writeEndElement();
        }
        if (indicator.baselineYear() != null) {
            xml.writeEmptyElement("baseline");
            xml.writeAttribute("year", indicator.baselineYear().toString());
            if (indicator.baselineValue() != null) {
                xml.writeAttribute("value", indicator.baselineValue().toPlainString());
            }
        }
        for (var period : indicator.periods()) {
            xml.writeStartElement("period");
            dateElement(xml, "period-start", period.start());
            dateElement(xml, "period-end", period.end());
            if (period.target() != null) {
                xml.writeEmptyElement("target");
                xml.writeAttribute("value", period.target().toPlainString());
            }
            if (period.actual() != null) {
                xml.writeEmptyElement("actual");
                xml.writeAttribute("value", period.actual().toPlainString());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void organisationNarratives(XMLStreamWriter xml, long organisationId) throws XMLStreamException {
        var o = entityManager.find(Organisation.class, organisationId);
        if (o == null) {
            return;
        }
        if (!blank(o.getNameUk())) {
            narrative(xml, "uk", o.getNameUk());
        }
        if (!blank(o.getNameEn())) {
            narrative(xml, "en", o.getNameEn());
        }
        if (blank(o.getNameUk()) && blank(o.getNameEn()) && !blank(o.getNameOriginal())) {
            narrative(xml, null, o.getNameOriginal());
        }
        // the Lithuanian and Polish names are translations (ADR 0040): one narrative each, as for the titles
        var translated = texts.currentTranslations(TextOwnerKind.ORGANISATION, organisationId)
                .getOrDefault(RegistryNames.TRANSLATED_NAME, Map.of());
        for (var name : translated.entrySet()) {
            narrative(xml, name.getKey(), name.getValue());
        }
    }

    /** The original in the activity's default language (no {@code xml:lang}), then one narrative per translation. */
    private static void narratives(XMLStreamWriter xml, String original, Map<String, String> translations)
            throws XMLStreamException {
        narrative(xml, null, original);
        for (var translation : translations.entrySet()) {
            narrative(xml, translation.getKey(), translation.getValue());
        }
    }

    private static void narrative(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (lang != null) {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void activityDate(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        if (date != null) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", type);
            xml.writeAttribute("iso-date", date.toString());
        }
    }

    private static void dateElement(XMLStreamWriter xml, String name, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute("iso-date", date.toString());
    }

    private static void value(XMLStreamWriter xml, BigDecimal amount, String currency, LocalDate valueDate)
            throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
        xml.writeEndElement();
    }

    private static String dateTime(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
