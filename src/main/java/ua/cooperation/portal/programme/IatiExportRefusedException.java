package ua.cooperation.portal.programme;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * The IATI file was not written because required parts are missing: each {@link Missing} names the programme and
 * what to fill in (translation key {@code iati.missing.ITEM}). An invalid file is never handed out.
 */
public class IatiExportRefusedException extends RefusedException {

    /** What IATI requires that the portal does not have yet. */
    public enum Item {
        NO_PROGRAMMES, TITLE, DESCRIPTION, PARTICIPATING_ORG, ACTIVITY_DATE, BUDGET_PERIOD, BASELINE_YEAR
    }

    /** One missing part of one programme ({@code identifier} is null for {@link Item#NO_PROGRAMMES}). */
    public record Missing(String identifier, Item item) {
    }

    private final List<Missing> missing;

    IatiExportRefusedException(List<Missing> missing) {
        super(missing.toString());
        this.missing = List.copyOf(missing);
    }

    public List<Missing> missing() {
        return missing;
    }

    /** Each missing part as its message ({@code iati.missing.ITEM}); none belongs to a form field. */
    @Override
    public List<Refusal> refusals() {
        return missing.stream().map(m -> new Refusal("iati.missing." + m.item().name(), null)).toList();
    }
}
