package ua.cooperation.portal.base;

/**
 * Someone else saved the record after the user opened it. Carries the version the user edited and the version now
 * stored, so that the UI can offer a choice instead of silently overwriting either side.
 */
public class ConcurrentEditException extends RuntimeException {

    private final long editedVersion;
    private final long currentVersion;

    public ConcurrentEditException(String recordDescription, long editedVersion, long currentVersion) {
        super(recordDescription + " was changed by someone else (edited version " + editedVersion
                + ", stored version " + currentVersion + ")");
        this.editedVersion = editedVersion;
        this.currentVersion = currentVersion;
    }

    public long getEditedVersion() {
        return editedVersion;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }
}
