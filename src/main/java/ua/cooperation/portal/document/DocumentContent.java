package ua.cooperation.portal.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of documents, in rows of {@value #CHUNK_SIZE} bytes. One row per file would need a MariaDB
 * {@code max_allowed_packet} above the largest file (the default is 16 MB, files may be 20 MiB); chunks work with the
 * server's defaults and let a download stream without holding the whole file in memory.
 * <p>
 * Plain JDBC on purpose: the chunks never enter the persistence context or Envers. The statements run in the caller's
 * transaction (Spring binds the JPA transaction's connection), so a document and its content are stored together or
 * not at all. Rows go when their document row goes ({@code ON DELETE CASCADE}).
 */
@Component
class DocumentContent {

    static final int CHUNK_SIZE = 1024 * 1024;

    private final JdbcClient jdbc;

    DocumentContent(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Stores {@code content} as the chunks of the document; call inside the transaction that saved the document. */
    void store(long documentId, byte[] content) {
        for (int seq = 0; seq * (long) CHUNK_SIZE < content.length; seq++) {
            int from = seq * CHUNK_SIZE;
            var chunk = Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK_SIZE));
            jdbc.sql("INSERT INTO document_chunk (document_id, seq, bytes) VALUES (?, ?, ?)")
                    .params(documentId, seq, chunk)
                    .update();
        }
    }

    /**
     * The content of a document of {@code size} bytes, read lazily chunk by chunk (each read its own short query, so
     * no transaction or connection is held while the browser downloads).
     */
    InputStream open(long documentId, long size) {
        int chunks = (int) ((size + CHUNK_SIZE - 1) / CHUNK_SIZE);
        return new InputStream() {
            private int next;
            private byte[] current = new byte[0];
            private int position;

            @Override
            public int read() throws IOException {
                if (!fill()) {
                    return -1;
                }
                return current[position++] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int count = Math.min(length, current.length - position);
                System.arraycopy(current, position, buffer, offset, count);
                position += count;
                return count;
            }

            private boolean fill() throws IOException {
                while (position >= current.length) {
                    if (next >= chunks) {
                        return false;
                    }
                    int seq = next++;
                    current = jdbc.sql("SELECT bytes FROM document_chunk WHERE document_id = ? AND seq = ?")
                            .params(documentId, seq)
                            .query((rs, row) -> rs.getBytes(1))
                            .optional()
                            // deleted while being downloaded: end with an error rather than a silently short file
                            .orElseThrow(() -> new IOException("Content of document " + documentId + " is gone"));
                    position = 0;
                }
                return true;
            }
        };
    }
}
