package ua.cooperation.portal.document;

/**
 * An upload that the portal refuses to store; {@link #problem()} says why, and the UI shows it in the reader's language
 * (key {@code document.problem.<PROBLEM>}).
 */
public class InvalidDocumentException extends RuntimeException {

    public enum Problem {
        /** The file has no content. */
        EMPTY,
        /** The file is larger than {@link DocumentService#MAX_SIZE}. */
        TOO_LARGE,
        /** The format is not one the document type accepts (executables, scripts, archives, HTML, SVG, …). */
        NOT_ALLOWED,
        /** The name claims one format and the content is another, e.g. an executable renamed to {@code .pdf}. */
        TYPE_MISMATCH
    }

    private final Problem problem;

    InvalidDocumentException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
