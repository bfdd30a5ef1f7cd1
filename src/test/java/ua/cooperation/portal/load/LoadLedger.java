package ua.cooperation.portal.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many journey steps were done and verified in this JVM: a step counts only after its check saw the expected
 * result on the page (the dashboard's greeting, the filtered rows, the saved notes on re-opening …). The smoke run
 * asserts on these counts, so that a journey that silently stops doing its work fails the build.
 */
final class LoadLedger {

    enum Step { SIGNED_IN, DASHBOARD, LIST, FILTERED, RECORD_OPENED, SAVED, SAVE_VERIFIED, SIGNED_OUT }

    private static final Map<Step, AtomicLong> COUNTS = new EnumMap<>(Step.class);

    static {
        for (var step : Step.values()) {
            COUNTS.put(step, new AtomicLong());
        }
    }

    private LoadLedger() {
    }

    static void done(Step step) {
        COUNTS.get(step).incrementAndGet();
    }

    static long count(Step step) {
        return COUNTS.get(step).get();
    }

    static void reset() {
        COUNTS.values().forEach(count -> count.set(0));
    }

    static String summary() {
        var text = new StringBuilder();
        COUNTS.forEach((step, count) -> text.append(step).append('=').append(count.get()).append(' '));
        return text.toString().strip();
    }
}
