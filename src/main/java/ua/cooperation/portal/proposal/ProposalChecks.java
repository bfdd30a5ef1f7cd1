package ua.cooperation.portal.proposal;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.meeting.MeetingService;

import java.util.List;

import static ua.cooperation.portal.proposal.ProposalRefusedException.Reason;

/**
 * The rules of a proposal beyond its fields' constraints: its kind, its date options (each: end after start, no
 * longer than a meeting may last, in the future), a place or an https link. The meeting's own rules
 * ({@link MeetingService#isWithinMaxDuration}, {@link MeetingService#isHttpsUrl}), so that an accepted proposal makes
 * a meeting the meeting service takes.
 */
@Component
class ProposalChecks {

    private final PortalTime time;

    ProposalChecks(PortalTime time) {
        this.time = time;
    }

    void check(ProposalChanges changes) {
        if (!ProposalService.KINDS.contains(changes.type())) {
            throw new ProposalRefusedException(Reason.KIND_NOT_OFFERED);
        }
        if (changes.options().isEmpty()) {
            throw new ProposalRefusedException(Reason.NO_OPTIONS);
        }
        if (changes.options().size() > MeetingProposal.MAX_OPTIONS) {
            throw new ProposalRefusedException(Reason.TOO_MANY_OPTIONS);
        }
        List<DateOption> options = changes.options();
        for (int i = 0; i < options.size(); i++) {
            checkDate(options.get(i), "option-" + (i + 1));
        }
        boolean hasPlace = changes.place() != null && !changes.place().isBlank();
        boolean hasLink = changes.onlineLink() != null && !changes.onlineLink().isBlank();
        if (hasLink && !MeetingService.isHttpsUrl(changes.onlineLink())) {
            throw new ProposalRefusedException(Reason.LINK_NOT_HTTPS);
        }
        if (!hasPlace && !hasLink) {
            throw new ProposalRefusedException(Reason.PLACE_OR_LINK_REQUIRED);
        }
    }

    /** One period: {@code where} names its fields ({@code option-2}, {@code accept}) in a refusal. */
    void checkDate(DateOption date, String where) {
        if (!date.endsAt().isAfter(date.startsAt())) {
            throw ProposalRefusedException.ofDate(Reason.END_NOT_AFTER_START, where);
        }
        if (!MeetingService.isWithinMaxDuration(date.startsAt(), date.endsAt())) {
            throw ProposalRefusedException.ofDate(Reason.TOO_LONG, where);
        }
        if (!date.startsAt().isAfter(time.now())) {
            throw ProposalRefusedException.ofDate(Reason.IN_THE_PAST, where);
        }
    }
}
