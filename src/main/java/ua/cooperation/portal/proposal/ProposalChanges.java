package ua.cooperation.portal.proposal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.cooperation.portal.meeting.MeetingType;

import java.util.List;

/**
 * A proposal as a partner enters it: the kind (one of {@link ProposalService#KINDS}), the topic, a description, one to
 * three date options, a place or an https link, who comes from her side, and her country ({@code null}: her only one).
 */
public record ProposalChanges(
        @NotNull MeetingType type,
        @NotBlank @Size(max = MeetingProposal.TITLE_MAX_LENGTH) String title,
        @Size(max = MeetingProposal.DESCRIPTION_MAX_LENGTH) String description,
        @NotNull List<@Valid @NotNull DateOption> options,
        @Size(max = MeetingProposal.PLACE_MAX_LENGTH) String place,
        @Size(max = MeetingProposal.LINK_MAX_LENGTH) String onlineLink,
        @Size(max = MeetingProposal.PARTICIPANTS_MAX_LENGTH) String participants,
        String countryCode) {

    public ProposalChanges {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
