package ua.cooperation.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The SMTP port the test context sends mail to ({@code spring.mail.port}): a free port picked once per test JVM, on
 * which the digest test starts an in-process GreenMail server. Other tests never send mail (the scheduled digest is
 * switched off in tests), so nothing needs to listen there otherwise.
 */
public final class TestMail {

    public static final int SMTP_PORT = freePort();

    private TestMail() {
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
