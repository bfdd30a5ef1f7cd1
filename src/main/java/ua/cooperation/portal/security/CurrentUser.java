package ua.cooperation.portal.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in portal user of the current request or UI access, if any. */
@Component
public class CurrentUser {

    public Optional<PortalUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; services call this only behind method security, so absence is a programming error. */
    public PortalUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in portal user"));
    }
}
