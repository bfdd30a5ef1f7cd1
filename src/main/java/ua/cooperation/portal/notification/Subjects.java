package ua.cooperation.portal.notification;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.country.CountryLinks;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.partnership.PartnershipLinks;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeLinks;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.proposal.ProposalLinks;
import ua.cooperation.portal.proposal.ProposalService;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The records notifications are about, read as the reader may see them now: through each feature's scoped service (so
 * an id out of her scope is simply absent) and in her language. One query per kind of record for any number of ids.
 */
@Component
class Subjects {

    /** A record's title in the reader's language, and its address. */
    record Shown(String title, String href) {
    }

    private final MeetingService meetings;
    private final ActionItemService actionItems;
    private final PartnershipService partnerships;
    private final ProgrammeService programmes;
    private final OrganisationService organisations;
    private final ProposalService proposals;
    private final CountryScope scope;

    Subjects(MeetingService meetings, ActionItemService actionItems, PartnershipService partnerships,
             ProgrammeService programmes, OrganisationService organisations, ProposalService proposals,
             CountryScope scope) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.partnerships = partnerships;
        this.programmes = programmes;
        this.organisations = organisations;
        this.scope = scope;
    }

    /** Of {@code ids} (of one kind), those the reader may open now, with title and address. */
    Map<Long, Shown> visible(TextOwnerKind kind, Collection<Long> ids, Locale language) {
        var shown = new HashMap<Long, Shown>();
        if (ids.isEmpty()) {
            return shown;
        }
        switch (kind) {
            case MEETING -> meetings.findVisibleByIds(ids, language).forEach(m -> shown.put(m.id(),
                    new Shown(m.shownTitle() == null ? m.title() : m.shownTitle().text(),
                            MeetingLinks.details(m.id()))));
            case ACTION_ITEM -> actionItems.findActionItemsByIds(ids, language).forEach(i -> shown.put(i.id(),
                    new Shown(i.shownTitle() == null ? i.title() : i.shownTitle().text(),
                            MeetingLinks.details(i.meetingId()))));
            case PARTNERSHIP -> partnerships.findVisibleByIds(ids, language).forEach(p -> shown.put(p.id(),
                    new Shown(p.name(), PartnershipLinks.details(p.id()))));
            case PROGRAMME -> programmes.findVisibleTitles(ids, language).forEach((id, title) -> shown.put(id,
                    new Shown(title.text(), ProgrammeLinks.details(id))));
            case ORGANISATION -> organisations.findVisibleByIds(ids, language).forEach(o -> shown.put(o.id(),
                    new Shown(o.name(), RegistryLinks.organisation(o.id()))));
            case COUNTRY -> ids.forEach(id -> codeOf(id).filter(scope::canSeeCountry).ifPresent(code ->
                    shown.put(id, new Shown(CountryNames.displayName(code, language), CountryLinks.details(code)))));
            case PROPOSAL -> proposals.findVisibleByIds(ids).forEach(p -> shown.put(p.id(),
                    new Shown(p.title(), ProposalLinks.details(p.id()))));
            default -> {
                // decisions and documents are told of through their meeting or record
            }
        }
        return shown;
    }

    /** Whether the reader may open the record now. */
    boolean isVisible(TextOwnerKind kind, long id) {
        return visible(kind, java.util.List.of(id), Locale.ENGLISH).containsKey(id);
    }

    /** The number a country code stands for, as translations keep it (AA = 1 … ZZ = 676). */
    static long idOf(String code) {
        var upper = code.toUpperCase(Locale.ROOT);
        return (upper.charAt(0) - 'A') * 26L + (upper.charAt(1) - 'A') + 1;
    }

    static Optional<String> codeOf(long id) {
        if (id < 1 || id > 26 * 26) {
            return Optional.empty();
        }
        return Optional.of("" + (char) ('A' + (id - 1) / 26) + (char) ('A' + (id - 1) % 26));
    }
}
