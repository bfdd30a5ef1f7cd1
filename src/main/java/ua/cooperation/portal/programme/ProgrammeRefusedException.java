package ua.cooperation.portal.programme;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * The service refused an input or an approval step for reasons the user can act on; {@link #reasons()} pick the
 * translated messages (key {@code programme.refused.REASON}) and {@link Reason#field()} the form field or tab each
 * belongs to. A submission lists everything that is missing at once. Nothing was stored.
 */
public class ProgrammeRefusedException extends RefusedException {

    public enum Reason {
        IDENTIFIER_TAKEN("identifier"),
        PLANNED_END_BEFORE_START("plannedEnd"),
        ACTUAL_END_BEFORE_START("actualEnd"),
        BUDGET_END_BEFORE_START("budgetEnd"),
        BUDGET_INCOMPLETE("budgetAmount"),
        COUNTRY_IS_UKRAINE("countries"),
        COUNTRY_UNKNOWN("countries"),
        SECTORS_NOT_100("sectors"),
        SECTOR_TWICE("sectors"),
        ORGANISATION_UNKNOWN("organisations"),
        PARTNERSHIP_UNKNOWN("partnerships"),
        PERIOD_END_BEFORE_START("results"),
        PERIOD_OF_UNKNOWN_INDICATOR("results"),
        NOT_EDITABLE_WHILE_SUBMITTED("approval"),
        KEY_FIELDS_APPROVED("approval"),
        MOVE_NOT_ALLOWED("approval"),
        COMMENT_REQUIRED("comment"),
        COMMENT_TOO_LONG("comment"),
        SUBMIT_NEEDS_TITLES("title"),
        SUBMIT_NEEDS_COUNTRY("countries"),
        SUBMIT_NEEDS_SECTORS("sectors"),
        SUBMIT_NEEDS_BUDGET("budgetAmount");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final List<Reason> reasons;

    ProgrammeRefusedException(Reason reason) {
        this(List.of(reason));
    }

    ProgrammeRefusedException(List<Reason> reasons) {
        super(reasons.toString());
        this.reasons = List.copyOf(reasons);
    }

    /** The first (or only) reason. */
    public Reason reason() {
        return reasons.getFirst();
    }

    public List<Reason> reasons() {
        return reasons;
    }

    @Override
    public List<Refusal> refusals() {
        return reasons.stream()
                .map(reason -> new Refusal("programme.refused." + reason.name(), reason.field()))
                .toList();
    }
}
