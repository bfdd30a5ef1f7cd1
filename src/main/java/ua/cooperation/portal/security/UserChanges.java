package ua.cooperation.portal.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/** An administrator's changes to an account, on top of the version they opened. */
public record UserChanges(long id, long version, @NotBlank @Size(max = 200) String displayName,
                          @Email @Size(max = 200) String email, @NotEmpty Set<Role> roles, Set<String> countryCodes,
                          LocalDate expiresOn, boolean enabled) {
}
