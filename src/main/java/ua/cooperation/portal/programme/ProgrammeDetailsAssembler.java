package ua.cooperation.portal.programme;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.OrganisationNames;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a stored programme into the {@link ProgrammeDetails} the current reader may see: linked partnerships only as
 * far as the reader's scope allows (not even their ids leave the service otherwise), organisations by name, and the
 * transaction sums. Called inside the services' transactions.
 */
@Component
class ProgrammeDetailsAssembler {

    private final EntityManager entityManager;
    private final PartnershipService partnerships;
    private final AccessPolicy policy;
    private final RecordTexts texts;
    private final OrganisationNames organisationNames;

    ProgrammeDetailsAssembler(EntityManager entityManager, PartnershipService partnerships, AccessPolicy policy,
                              RecordTexts texts, OrganisationNames organisationNames) {
        this.organisationNames = organisationNames;
        this.entityManager = entityManager;
        this.partnerships = partnerships;
        this.policy = policy;
        this.texts = texts;
    }

    ProgrammeDetails toDetails(Programme p, Locale language) {
        var stored = p.toChanges();
        // a liaison sees only the linked partnerships their scope allows
        var linked = new TreeMap<>(partnerships.findVisibleNames(stored.partnershipIds(), language)).entrySet()
                .stream().map(e -> new ProgrammeDetails.Linked(e.getKey(), e.getValue())).toList();
        // not even the ids of linked partnerships the reader may not see leave the service
        var input = policy.showsInternal() ? stored : stored.withPartnershipIds(linked.stream()
                .map(ProgrammeDetails.Linked::id).collect(Collectors.toSet()));
        var organisations = organisationsOf(input);
        var names = organisationNames.of(organisations.values(), language);
        var participants = input.participants().stream().map(part -> {
            var o = organisations.get(part.organisationId());
            return new ProgrammeDetails.ParticipantItem(part.organisationId(),
                    nameOf(part.organisationId(), names), o == null ? null : o.getCountryCode(), part.role());
        }).toList();
        var transactions = input.transactions().stream().map(t -> new ProgrammeDetails.TransactionItem(t.type(),
                t.date(), t.amount(), t.currency(), nameOf(t.providerOrganisationId(), names),
                nameOf(t.receiverOrganisationId(), names))).toList();
        return new ProgrammeDetails(p.getId(), p.getVersion(), input, p.getApproval(), linked, participants,
                transactions, sums(input.transactions()), p.getUpdatedAt(), policy.author(p.getUpdatedBy()),
                policy.permissions(), texts.localize(TextOwnerKind.PROGRAMME, p.getId(),
                        ProgrammeTextOwner.originals(p), language));
    }

    /**
     * The organisations the programme names (participants, transactions' providers and receivers), in one query. The
     * reader may see the programme, so she reads the names it states, whatever the organisations' countries.
     */
    private Map<Long, Organisation> organisationsOf(ProgrammeChanges input) {
        var ids = new HashSet<Long>();
        input.participants().forEach(part -> ids.add(part.organisationId()));
        input.transactions().forEach(t -> {
            ids.add(t.providerOrganisationId());
            ids.add(t.receiverOrganisationId());
        });
        ids.remove(null);
        var found = new HashMap<Long, Organisation>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                    .setParameter("ids", ids).getResultList().forEach(o -> found.put(o.getId(), o));
        }
        return found;
    }

    /** The organisation's name in the reader's language; {@code #id} for one no longer in the registry. */
    private static String nameOf(Long id, Map<Long, String> names) {
        return id == null ? null : names.getOrDefault(id, "#" + id);
    }

    /** Per transaction type, the sum per currency; amounts in different currencies are never added together. */
    static Map<TransactionType, Map<String, BigDecimal>> sums(List<ProgrammeChanges.Transaction> transactions) {
        var result = new EnumMap<TransactionType, Map<String, BigDecimal>>(TransactionType.class);
        for (var t : transactions) {
            result.computeIfAbsent(t.type(), k -> new TreeMap<>()).merge(t.currency(), t.amount(), BigDecimal::add);
        }
        return result;
    }
}
