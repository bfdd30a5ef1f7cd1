package ua.cooperation.portal.document;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans the file name a browser sends with an upload. The name is shown in the portal and offered again as the name
 * of the download, so it must not carry a path (a name like {@code ../../etc/passwd} or {@code C:\x\y.pdf}), control
 * characters that break headers and logs, or bidirectional overrides that make {@code invoice\u202Efdp.exe} look like
 * {@code invoiceexe.pdf}. Pure function, no Spring.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;
    static final String FALLBACK = "document";

    /** C0/C1 control characters, and the Unicode format characters (Cf) that include the bidi overrides and isolates. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    /** Characters that Windows or shells refuse or treat specially in a name. */
    private static final Pattern RESERVED = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Dots and spaces at the start (hidden files, "..") and dots and spaces at the end (Windows drops them). */
    private static final Pattern LEADING = Pattern.compile("^[.\\s]+");
    private static final Pattern TRAILING = Pattern.compile("[.\\s]+$");
    /** An extension worth keeping: short, letters and digits only. */
    private static final Pattern EXTENSION = Pattern.compile("\\.[\\p{L}\\p{N}]{1,10}$");

    private FileNames() {
    }

    /**
     * A safe file name: no path, no control, format or reserved characters, no leading dots, NFC-normalised, runs of
     * whitespace as one space, at most {@value #MAX_LENGTH} characters with the extension kept, and
     * {@code document} (plus the extension, if any) when nothing else is left.
     */
    public static String sanitise(String name) {
        if (name == null) {
            return FALLBACK;
        }
        var clean = Normalizer.normalize(name, Normalizer.Form.NFC);
        clean = INVISIBLE.matcher(clean).replaceAll("");
        // only the last path segment, whichever separator the sender's system uses
        clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
        clean = RESERVED.matcher(clean).replaceAll("_");
        clean = WHITESPACE.matcher(clean).replaceAll(" ");
        clean = TRAILING.matcher(clean).replaceAll("");

        // the extension is taken before leading dots go, so that ".pdf" becomes "document.pdf"
        var extensionMatch = EXTENSION.matcher(clean);
        var extension = extensionMatch.find() ? extensionMatch.group() : "";
        var base = clean.substring(0, clean.length() - extension.length());
        base = LEADING.matcher(base).replaceAll("");
        base = TRAILING.matcher(base).replaceAll("");
        if (base.isEmpty() || base.chars().allMatch(c -> c == '_')) {
            base = FALLBACK;
        }
        if (base.length() + extension.length() > MAX_LENGTH) {
            base = truncate(base, MAX_LENGTH - extension.length()).strip();
        }
        return base + extension;
    }

    /** Cuts at a code point boundary, so that an emoji (a surrogate pair) is never split in half. */
    private static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
