package ua.cooperation.portal.base.ui;

import ua.cooperation.portal.base.RefusedException;

/**
 * A form that can show a service's refusal at the field it belongs to, so that the {@link EditFlow} and the
 * {@link CreateDialog} put every refusal where the user can act on it.
 */
public interface RecordForm {

    /** Shows the refusal at its field; {@code false} when no field of this form takes it (the flow then says it). */
    boolean showRefusal(RefusedException.Refusal refusal);

    /** A form whose fields take no refusal: every refusal is shown as a message. */
    RecordForm NO_FIELDS = refusal -> false;
}
