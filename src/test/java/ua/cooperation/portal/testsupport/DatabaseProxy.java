package ua.cooperation.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A TCP proxy between the application and MariaDB that a test can cut and restore, to play a database outage without
 * touching the shared MariaDB server. {@link #cut()} resets every open connection and answers every new one with a
 * reset, as a stopped server does (the driver fails at once, as on "connection refused"); {@link #restore()} lets
 * connections through again.
 * <p>
 * The shared test context reaches MariaDB through one such proxy ({@link #routeTestContext}); it stays open for the
 * life of the test JVM.
 */
public final class DatabaseProxy implements AutoCloseable {

    private static final Pattern MARIADB_URL = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)/(.*)");
    private static volatile DatabaseProxy testContextProxy;

    private final String upstreamHost;
    private final int upstreamPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean closed;

    public DatabaseProxy(String upstreamHost, int upstreamPort) {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("Could not open the database proxy", e);
        }
        var acceptor = new Thread(this::acceptLoop, "db-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * The URL the shared test context uses: MariaDB through the proxy of this test JVM, or {@code url} unchanged for
     * H2 (in memory, nothing to cut).
     */
    public static synchronized String routeTestContext(String url) {
        var m = MARIADB_URL.matcher(url);
        if (!m.matches()) {
            return url;
        }
        if (testContextProxy == null) {
            testContextProxy = new DatabaseProxy(m.group(1), Integer.parseInt(m.group(2)));
        }
        return "jdbc:mariadb://127.0.0.1:" + testContextProxy.port() + "/" + m.group(3);
    }

    /** The proxy in front of the shared test context's database; absent on H2. */
    public static java.util.Optional<DatabaseProxy> testContext() {
        return java.util.Optional.ofNullable(testContextProxy);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The database "stops": open connections are reset, new ones refused, until {@link #restore()}. */
    public void cut() {
        cut = true;
        for (var socket : open) {
            reset(socket);
        }
    }

    /** The database is back. */
    public void restore() {
        cut = false;
    }

    public boolean isCut() {
        return cut;
    }

    @Override
    public void close() {
        closed = true;
        cut();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (cut) {
                reset(client);
                continue;
            }
            try {
                var upstream = new Socket();
                upstream.connect(new InetSocketAddress(upstreamHost, upstreamPort), 2000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    private void pump(Socket from, Socket to) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        var thread = new Thread(() -> {
            var buffer = new byte[16 * 1024];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side went away: end both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "db-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** Closes with a TCP reset, as the connections of a stopped server end. */
    private void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // closing anyway
        }
        closeQuietly(socket);
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
