package ua.cooperation.portal.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/** A new embassy liaison: who, which countries, until when. */
public record GuestInvitation(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9._-]+") String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 200) String email,
        @NotEmpty Set<String> countryCodes,
        @NotNull @Future LocalDate expiresOn) {
}
