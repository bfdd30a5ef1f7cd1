package ua.cooperation.portal.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an officer enters when attaching a file to a record: the owner, the document's type, language (ISO 639-1,
 * two lower-case letters), title, whether partners may see it, and the file name as the browser sent it (the service
 * cleans it).
 */
public record NewDocument(@NotNull DocumentOwnerKind ownerKind, long ownerId,
                          @NotNull DocumentType type,
                          @NotNull @Pattern(regexp = "[a-z]{2}") String language,
                          @NotBlank @Size(max = Document.TITLE_MAX_LENGTH) String title,
                          boolean sharedWithPartners,
                          @NotNull String fileName) {
}
