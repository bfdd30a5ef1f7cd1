package ua.cooperation.portal.practice;

import java.util.Arrays;
import java.util.List;

/**
 * Where a practice stands: noted, studied, piloted, adopted; or set aside (from any state, with a reason). It moves
 * only forward along the first four, never back; a set-aside practice stays set aside.
 */
public enum PracticeStatus {
    NOTED, STUDIED, PILOTED, ADOPTED, SET_ASIDE;

    /** Whether a practice in this state may move to {@code target}. */
    public boolean mayMoveTo(PracticeStatus target) {
        if (target == null || this == SET_ASIDE || this == target) {
            return false;
        }
        return target == SET_ASIDE || target.ordinal() > ordinal();
    }

    /** The states a practice in this one may move to, in order. */
    public List<PracticeStatus> next() {
        return Arrays.stream(values()).filter(this::mayMoveTo).toList();
    }

    /** Piloting and adopting are decided by someone the office names (e.g. a department of the oblast). */
    public boolean needsDecidedBy() {
        return this == PILOTED || this == ADOPTED;
    }
}
