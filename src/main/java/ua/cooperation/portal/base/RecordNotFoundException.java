package ua.cooperation.portal.base;

/**
 * The record does not exist, or the current user may not see it. Both cases answer alike on purpose: a liaison
 * must not learn that an out-of-scope record exists.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what + " not found");
    }
}
