package ua.cooperation.portal.country;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/** The service refused a country's changes for a reason the officer can act on; nothing was stored. */
public class CountryRefusedException extends RefusedException {

    public enum Reason {
        /** The partner language is not one of the portal's content languages (portal.languages). */
        NOT_A_CONTENT_LANGUAGE("country.validation.partner-language", "partnerLanguage");

        private final String messageKey;
        private final String field;

        Reason(String messageKey, String field) {
            this.messageKey = messageKey;
            this.field = field;
        }
    }

    private final Reason reason;

    public CountryRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal(reason.messageKey, reason.field));
    }
}
