package ua.cooperation.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import ua.cooperation.portal.notification.FollowService;
import ua.cooperation.portal.translation.TextOwnerKind;

/**
 * "Follow" / "Following" on a record's page: pressed, the reader follows the record (or stops). Hidden during a liaison
 * preview, which changes nothing. {@code aria-pressed} tells assistive technology the state, not the colour alone.
 */
class FollowButton extends Button {

    static final String ID = "follow-button";

    private final FollowService follows;
    private final TextOwnerKind kind;
    private final long subjectId;
    private boolean following;

    FollowButton(FollowService follows, TextOwnerKind kind, long subjectId, boolean mayChange) {
        this.follows = follows;
        this.kind = kind;
        this.subjectId = subjectId;
        setId(ID);
        following = follows.isFollowing(kind, subjectId);
        setVisible(mayChange);
        addClickListener(e -> toggle());
        show();
    }

    private void toggle() {
        if (following) {
            follows.unfollow(kind, subjectId);
        } else {
            follows.follow(kind, subjectId);
        }
        following = !following;
        show();
    }

    private void show() {
        setText(getTranslation(following ? "follow.following" : "follow.follow"));
        setIcon(following ? VaadinIcon.BELL.create() : VaadinIcon.BELL_O.create());
        getElement().setAttribute("aria-pressed", Boolean.toString(following));
        removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (following) {
            addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        } else {
            removeThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
    }

    boolean isFollowing() {
        return following;
    }
}
