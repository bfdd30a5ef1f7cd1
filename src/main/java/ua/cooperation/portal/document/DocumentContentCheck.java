package ua.cooperation.portal.document;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides what an uploaded file really is and whether a document of the given type may be that. The format comes from
 * the bytes (Apache Tika's magic numbers), never from the browser's claim; the file name only refines it (a DOCX is a
 * ZIP by its bytes). Only a whitelist of office, text and image formats passes: executables, scripts, archives, and
 * HTML or SVG (which can carry scripts) never do. Pure, no Spring; see docs/adr/0010-documents-in-the-database.md.
 * <p>
 * Limit: tika-core does not look inside containers, so it cannot tell a DOCX from an XLSX renamed to .docx, or a Word
 * 97 file from another OLE2 file renamed to .doc. Both are still served only as downloads of the claimed office type.
 */
public final class DocumentContentCheck {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private static final Map<String, MediaType> TEXT_FORMATS = formats(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "rtf", "application/rtf",
            "txt", "text/plain");
    private static final Map<String, MediaType> PHOTO_FORMATS = formats(
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "webp", "image/webp",
            "gif", "image/gif",
            "heic", "image/heic",
            "heif", "image/heif");
    private static final Map<String, MediaType> OFFICE_FORMATS = formats(
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "ppt", "application/vnd.ms-powerpoint",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odp", "application/vnd.oasis.opendocument.presentation",
            "csv", "text/csv");

    private DocumentContentCheck() {
    }

    /**
     * The media type to store for {@code content} uploaded as {@code fileName} for a document of {@code type}.
     *
     * @throws InvalidDocumentException {@code TYPE_MISMATCH} when the name claims a format the bytes are not,
     *                                  {@code NOT_ALLOWED} when the format is not one the type accepts
     */
    static String check(DocumentType type, String fileName, byte[] content) {
        var byContent = detect(content, null);
        var byName = detect(null, fileName);
        MediaType actual;
        if (byName.equals(MediaType.OCTET_STREAM)) {
            actual = byContent;
        } else if (byContent.equals(MediaType.OCTET_STREAM)) {
            // every format on the whitelist except plain text has a signature; unknown bytes are not what the name says
            throw new InvalidDocumentException(InvalidDocumentException.Problem.TYPE_MISMATCH,
                    "Content of " + fileName + " is not " + byName);
        } else if (byName.equals(byContent) || REGISTRY.isSpecializationOf(byName, byContent)) {
            actual = byName;
        } else if (REGISTRY.isSpecializationOf(byContent, byName)) {
            // the bytes are more specific than the name: a shell script or HTML page called .txt
            actual = byContent;
        } else {
            throw new InvalidDocumentException(InvalidDocumentException.Problem.TYPE_MISMATCH,
                    "Content of " + fileName + " is " + byContent + ", not " + byName);
        }
        if (!allowed(type).contains(actual)) {
            throw new InvalidDocumentException(InvalidDocumentException.Problem.NOT_ALLOWED,
                    actual + " is not accepted for " + type);
        }
        return actual.toString();
    }

    /** The file extensions (with the dot) that a document of {@code type} may have, for the upload's file chooser. */
    public static List<String> acceptedExtensions(DocumentType type) {
        return formatsFor(type).flatMap(m -> m.keySet().stream()).map(e -> "." + e).toList();
    }

    private static Set<MediaType> allowed(DocumentType type) {
        return formatsFor(type).flatMap(m -> m.values().stream()).collect(java.util.stream.Collectors.toSet());
    }

    private static Stream<Map<String, MediaType>> formatsFor(DocumentType type) {
        return switch (type) {
            case AGREEMENT, MINUTES, REPORT -> Stream.of(TEXT_FORMATS);
            case PHOTO -> Stream.of(PHOTO_FORMATS);
            case OTHER -> Stream.of(TEXT_FORMATS, PHOTO_FORMATS, OFFICE_FORMATS);
        };
    }

    /** By content alone ({@code name} null) or by name alone ({@code content} null); parameters such as charset dropped. */
    private static MediaType detect(byte[] content, String name) {
        var metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (var in = content == null ? null : new ByteArrayInputStream(content)) {
            return REGISTRY.normalize(TYPES.detect(in, metadata)).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, MediaType> formats(String... extensionAndType) {
        var map = new java.util.LinkedHashMap<String, MediaType>();
        for (int i = 0; i < extensionAndType.length; i += 2) {
            map.put(extensionAndType[i], MediaType.parse(extensionAndType[i + 1]));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
