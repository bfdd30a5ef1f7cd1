package ua.cooperation.portal.document;

import java.io.InputStream;

/**
 * A document ready to be sent: the original (sanitised) name, the detected media type, the size and the content. The
 * content is read from the database one chunk at a time while it is streamed; close it when done.
 */
public record DocumentDownload(String fileName, String mediaType, long size, InputStream content) {
}
