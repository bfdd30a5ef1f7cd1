package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.security.GuestInvitation;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.TwoFactor;
import ua.cooperation.portal.security.UserAdministration;
import ua.cooperation.portal.security.UserSummary;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator resets a user's second factor from the users list, after a confirmation. */
class UsersSecondFactorViewTest extends KaribuTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    TwoFactor twoFactor;

    /** A guest account that has set up a second factor, as its owner would under "Two-factor sign-in". */
    private UserSummary enrolledGuest() throws Exception {
        var username = "lt-2fa-" + System.nanoTime();
        UserSummary summary;
        try (var ignored = SignedIn.as("admin")) {
            administration.invite(new GuestInvitation(username, "Tomas Tomaitis", null, Set.of("LT"),
                    LocalDate.now().plusMonths(6)));
            summary = administration.find(username, 0, 1).getFirst();
        }
        var owner = new PortalUser(summary.id(), username, summary.displayName(), "", Set.of(Role.LIAISON),
                Set.of("LT"), true, true, true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null,
                owner.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            var secret = twoFactor.newSecret().secret();
            twoFactor.enrol(secret, new DefaultCodeGenerator().generate(secret,
                    Instant.now().getEpochSecond() / 30));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return summary;
    }

    @Test
    @SuppressWarnings("unchecked")
    void administrator_resets_a_second_factor_after_confirming() throws Exception {
        var guest = enrolledGuest();
        signInAs("admin", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(UsersView.class);
        _get(TextField.class, spec -> spec.withId(UsersView.ID_SEARCH)).setValue(guest.username());
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId(UsersView.ID_GRID));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("set up");
        _clickItem(grid, 0);

        // cancelling changes nothing
        _click(_get(Button.class, spec -> spec.withId(UsersView.ID_RESET_TWO_FACTOR)));
        _fireCancel(_get(ConfirmDialog.class, spec -> spec.withId(UsersView.ID_RESET_TWO_FACTOR_CONFIRM)));
        assertThat(administration.findById(guest.id()).orElseThrow().twoFactorEnrolled()).isTrue();

        _click(_get(Button.class, spec -> spec.withId(UsersView.ID_RESET_TWO_FACTOR)));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId(UsersView.ID_RESET_TWO_FACTOR_CONFIRM)));
        assertThat(administration.findById(guest.id()).orElseThrow().twoFactorEnrolled()).isFalse();
        assertThat(_getFormattedRow(grid, 0)).doesNotContain("set up");

        // with nothing left to reset, the action is off
        _clickItem(grid, 0);
        assertThat(_get(Button.class, spec -> spec.withId(UsersView.ID_RESET_TWO_FACTOR)).isEnabled()).isFalse();
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId(UsersView.ID_RESET_TWO_FACTOR_CONFIRM))).isEmpty();
    }
}
