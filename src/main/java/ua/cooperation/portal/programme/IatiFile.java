package ua.cooperation.portal.programme;

/** A validated IATI 2.03 activity file, ready to download. */
public record IatiFile(String fileName, byte[] content) {
}
