package ua.cooperation.portal.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.meeting.DecisionRegisterFilter;
import ua.cooperation.portal.meeting.DecisionRegisterService;
import ua.cooperation.portal.meeting.FollowUpState;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The decision register on the large data set ({@link BenchDataGenerator}, database {@code portal_bench}, about two
 * million decisions with topics and action items): the first page (50 rows) and the count label, unfiltered and by
 * each filter, as the officer and as the Lithuanian liaison. Issue 22's target: the first page at most 100 ms at the
 * 95th percentile. Not a timed test: it prints its numbers. Run alone:
 * {@code ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest=DecisionRegisterBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BenchDatabase.Initializer.class)
// the data set builds on the demo users and records (the demo officer, liaisons and administrator)
@ActiveProfiles("demo")
class DecisionRegisterBenchmark {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final int WARM_UP = 5;
    private static final int RUNS = 40;
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    DecisionRegisterService register;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void register_first_page_and_count_at_scale() {
        System.out.printf("[benchmark] decisions: %,d, with topics of their own: %,d, action items with a decision: %,d%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM meeting_decision", Long.class),
                jdbc.queryForObject("SELECT COUNT(DISTINCT decision_id) FROM decision_area", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM action_item WHERE decision_id IS NOT NULL", Long.class));
        for (var user : List.of("officer", "liaison-lt")) {
            try (var ignored = as(user)) {
                for (var entry : filters().entrySet()) {
                    var filter = entry.getValue();
                    measure(user + ": page, " + entry.getKey(),
                            () -> register.findVisible(filter, FIRST_PAGE, UK));
                    measure(user + ": count, " + entry.getKey(),
                            () -> register.countVisibleUpTo(filter, ListCount.LABEL_LIMIT));
                }
                measure(user + ": page, by meeting", () -> register.findVisible(DecisionRegisterFilter.none(),
                        PageRequest.of(0, 50, Sort.by(DecisionRegisterService.SORT_MEETING)), UK));
            }
        }
    }

    private static LinkedHashMap<String, DecisionRegisterFilter> filters() {
        var none = DecisionRegisterFilter.none();
        var filters = new LinkedHashMap<String, DecisionRegisterFilter>();
        filters.put("unfiltered", none);
        filters.put("country LT", none.withCountry("LT"));
        filters.put("area VETERANS", none.withTopics(CooperationArea.VETERANS, null));
        filters.put("group CHILDREN", none.withTopics(null, TargetGroup.CHILDREN));
        filters.put("period 2026", none.withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        filters.put("type WORKING_VISIT", none.withType(MeetingType.WORKING_VISIT));
        for (var state : FollowUpState.values()) {
            filters.put("follow-up " + state, none.withFollowUp(state));
        }
        filters.put("text", none.withText("меморандум"));
        return filters;
    }

    /** Prints p50/p95/max of {@link #RUNS} calls after {@link #WARM_UP}; returns the p95 in microseconds. */
    private static long measure(String what, Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        var micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            call.get();
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(micros);
        long p95 = micros[(int) Math.ceil(RUNS * 0.95) - 1];
        System.out.printf("[benchmark] %-45s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  (%d runs)%n", what,
                micros[RUNS / 2] / 1000.0, p95 / 1000.0, micros[RUNS - 1] / 1000.0, RUNS);
        return p95;
    }
}
