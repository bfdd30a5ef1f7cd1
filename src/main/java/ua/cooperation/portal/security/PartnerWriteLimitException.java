package ua.cooperation.portal.security;

import ua.cooperation.portal.base.RefusedException;

import java.time.Duration;
import java.util.List;

/**
 * A partner wrote more than {@link PartnerWrites} admits within its window; nothing was stored. The message
 * ({@code partner.write.limited}) asks her to wait a few minutes; it belongs to no field.
 */
public class PartnerWriteLimitException extends RefusedException {

    PartnerWriteLimitException(int limit, Duration window) {
        super("More than " + limit + " partner writes within " + window);
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("partner.write.limited", ""));
    }
}
