package ua.cooperation.portal.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser journey against the packaged production jar in headless Chromium (see {@link PortalBrowserExtension}).
 * Test methods get a fresh, signed-out {@link PortalPage} as a parameter. Class names end in {@code BrowserIT} so that
 * failsafe runs them in {@code mvn verify}, after {@code package}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(PortalBrowserExtension.class)
public @interface BrowserJourney {
}
