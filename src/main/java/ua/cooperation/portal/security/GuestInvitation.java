package ua.cooperation.portal.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * A new guest: who, until when, and what she may see: an embassy liaison names her countries, an international
 * organisation's staff member is bound to her organisation instead (ADR 0042) — one of the two, never both.
 */
public record GuestInvitation(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9._-]+") String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 200) String email,
        @NotNull Set<String> countryCodes,
        @NotNull @Future LocalDate expiresOn,
        Long organisationId) {

    /** An embassy liaison of {@code countryCodes}. */
    public GuestInvitation(String username, String displayName, String email, Set<String> countryCodes,
                           LocalDate expiresOn) {
        this(username, displayName, email, countryCodes, expiresOn, null);
    }

    /** The guest sees either countries or one organisation: checked with the other constraints (field "countryCodes"). */
    @AssertTrue
    public boolean isCountryCodesOrOrganisation() {
        return countryCodes != null && (countryCodes.isEmpty() != (organisationId == null));
    }
}
