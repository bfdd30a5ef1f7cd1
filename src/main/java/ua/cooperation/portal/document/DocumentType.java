package ua.cooperation.portal.document;

/** What a document is; it also decides which file formats the upload accepts. */
public enum DocumentType {
    /** A signed agreement or memorandum of understanding. */
    AGREEMENT,
    MINUTES,
    REPORT,
    PHOTO,
    OTHER
}
