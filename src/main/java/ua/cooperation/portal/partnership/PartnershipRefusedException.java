package ua.cooperation.portal.partnership;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * The service refused an input or a status move for a reason the user can act on; {@link #reason()} picks the
 * translated message and {@link Reason#field()} the form field it belongs to. Nothing was stored.
 */
public class PartnershipRefusedException extends RefusedException {

    public enum Reason {
        HROMADA_UNKNOWN("ukrainian"),
        HROMADA_REQUIRED("ukrainian"),
        UKRAINIAN_ORGANISATION_REQUIRED("ukrainianOrganisation"),
        UKRAINIAN_ORGANISATION_UNKNOWN("ukrainianOrganisation"),
        UKRAINIAN_ORGANISATION_NOT_UKRAINIAN("ukrainianOrganisation"),
        UKRAINIAN_SIDE_TWICE("ukrainianOrganisation"),
        INSTITUTION_PARTNER_NOT_ORGANISATION("partner"),
        PARTNER_REQUIRED("partner"),
        PARTNER_UNKNOWN("partner"),
        PARTNER_IS_UKRAINIAN("partner"),
        FOCAL_PERSON_UNKNOWN("focal"),
        VALID_UNTIL_BEFORE_SIGNED("validUntil"),
        MOVE_NOT_ALLOWED("status"),
        SIGNING_NEEDS_CONFIRMATION("status"),
        ALREADY_AWAITING_CONFIRMATION("status"),
        NOT_AWAITING_CONFIRMATION("status"),
        AGREEMENT_MISSING("documents"),
        SIGNED_ON_REQUIRED("signedOn"),
        SIGNED_ON_IN_FUTURE("signedOn"),
        EFFECTIVE_ON_IN_FUTURE("effectiveOn"),
        NOTE_REQUIRED("note"),
        NOTE_TOO_LONG("note");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;

    PartnershipRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("partnership.refused." + reason.name(), reason.field()));
    }
}
