package ua.cooperation.portal.proposal;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * The service refused a proposal or a step for a reason the user can act on ({@code proposal.refused.<REASON>}); a
 * reason about one date option names it ({@code option-1} … {@code option-3}, or {@code accept} for the accepting
 * officer's other date). Nothing was stored.
 */
public class ProposalRefusedException extends RefusedException {

    public enum Reason {
        KIND_NOT_OFFERED("kind"),
        NO_OPTIONS("options"),
        TOO_MANY_OPTIONS("options"),
        END_NOT_AFTER_START("end"),
        TOO_LONG("end"),
        IN_THE_PAST("start"),
        PLACE_OR_LINK_REQUIRED("place"),
        LINK_NOT_HTTPS("onlineLink"),
        COUNTRY_REQUIRED("country"),
        COUNTRY_NOT_HERS("country"),
        NOT_OPEN("status"),
        NOT_PROPOSER("status"),
        OPTION_UNKNOWN("option"),
        REASON_REQUIRED("reason"),
        REASON_TOO_LONG("reason");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;
    private final String field;

    ProposalRefusedException(Reason reason) {
        this(reason, reason.field());
    }

    /** A reason about one date: {@code where} is {@code option-N} or {@code accept}, the field {@code where-end} … */
    ProposalRefusedException(Reason reason, String where) {
        super(reason.name());
        this.reason = reason;
        this.field = where;
    }

    static ProposalRefusedException ofDate(Reason reason, String where) {
        return new ProposalRefusedException(reason, where + "-" + reason.field());
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("proposal.refused." + reason.name(), field));
    }
}
