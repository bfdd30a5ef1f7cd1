package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.UI;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import kotlin.jvm.functions.Function0;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** What an anonymous visitor sees on the sign-in page, in each language and after each kind of failure. */
@IntegrationTest
class LoginViewTest {

    @Autowired
    ApplicationContext applicationContext;

    /** An anonymous visitor whose browser asks for {@code browserLanguage}. */
    private void visitWithBrowserIn(Locale browserLanguage) {
        // Karibu gives a new UI the JVM's default locale rather than the request's, so that is what we set
        Locale.setDefault(browserLanguage);
        MockVaadin.INSTANCE.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Locale getLocale() {
                return browserLanguage;
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(
                new Routes().autoDiscoverViews("ua.cooperation.portal"), applicationContext, uiFactory));
    }

    private final Locale jvmDefault = Locale.getDefault();

    @BeforeEach
    void start() {
        visitWithBrowserIn(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        Locale.setDefault(jvmDefault);
    }

    private LoginForm open(String failure, Locale browserLanguage) {
        return openWith(failure == null ? Map.of() : Map.of(failure, ""), browserLanguage);
    }

    private LoginForm openWith(Map<String, String> parameters, Locale browserLanguage) {
        MockVaadin.tearDown();
        visitWithBrowserIn(browserLanguage);
        UI.getCurrent().navigate("login", QueryParameters.simple(parameters));
        return _get(LoginForm.class, spec -> spec.withId("login-form"));
    }

    /** The texts the login form shows, as the JSON that the server sends to the browser component. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void the_form_is_translated() {
        var form = open(null, Locale.forLanguageTag("uk"));
        assertThat(i18n(form)).contains("\"username\":\"Імʼя користувача\"", "\"submit\":\"Увійти\"");
        assertThat(form.isError()).isFalse();

        var lithuanian = open(null, Locale.forLanguageTag("lt"));
        assertThat(i18n(lithuanian)).contains("\"password\":\"Slaptažodis\"");
    }

    /** Only after a correct password: the lock comes from wrong second-factor codes (ADR 0034). */
    @Test
    void a_locked_account_is_told_why_and_for_how_long() {
        var form = open("locked", Locale.ENGLISH);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"message\":\"After 5 wrong second-factor codes this account is locked for "
                + "15 minutes. Try again later or ask an administrator.\"");
    }

    @Test
    void a_throttled_address_is_told_how_long_to_wait() {
        var form = openWith(Map.of("throttled", "12"), Locale.ENGLISH);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Too many failed sign-in attempts from this address. Try again in 12 min.");
        assertThat(i18n(openWith(Map.of("throttled", "<script>"), Locale.ENGLISH)))
                .as("a hand-made address shows no text of its own").contains("Try again in 1 min.")
                .doesNotContain("<script>");
        assertThat(i18n(openWith(Map.of("throttled", "5"), Locale.forLanguageTag("uk"))))
                .contains("Забагато невдалих спроб входу з цієї адреси. Спробуйте ще раз за 5 хв.");
    }

    /** The tests run the demo profile, which lets officers sign in without a second factor. */
    @Test
    void the_demo_installation_says_that_officers_sign_in_without_a_second_factor() {
        open(null, Locale.ENGLISH);
        assertThat(_get(Paragraph.class, spec -> spec.withId(LoginView.ID_SECOND_FACTOR_NOTE)).getText())
                .isEqualTo("Demonstration installation: no second factor is required for these roles: "
                        + "Cooperation officer.");
    }

    @Test
    void wrong_password_and_expired_guest_get_their_own_messages() {
        assertThat(i18n(open("error", Locale.ENGLISH))).contains("The username or password is incorrect");
        assertThat(i18n(open("expired", Locale.ENGLISH))).contains("This guest account has expired");
    }
}
