package ua.cooperation.portal.meeting;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal calendar feed for calendar apps, which cannot sign in: {@code GET /calendar/<token>.ics}, permitted
 * without a session in the security configuration. Anything but a valid, unrevoked token of an active account answers
 * 404, the same as an address that never existed.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeedService.PATH_PREFIX + "{token}" + CalendarFeedService.PATH_SUFFIX)
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feedFor(token)
                .map(body -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore()).body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
