package vn.gov.pressinfo.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1 for the whole test JVM; the mailer of the
 * service under test points at it. Tests read what it received, and may stop and restart it (same port)
 * to simulate an SMTP outage.
 */
public class MailSink implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static GreenMail server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            port = freePort();
            startServer();
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        // Shared by all test classes; stopped with the JVM.
    }

    private static void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            GreenMail s = server;
            if (s != null) {
                s.stop();
            }
        }, "stop-greenmail"));
    }

    /** Stops the SMTP server: connections are refused until {@link #restart()}. */
    public static synchronized void stopServer() {
        server.stop();
    }

    /** Starts the SMTP server again on the same port; messages received before the stop are kept by the test's own records. */
    public static synchronized void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The port the SMTP server listens on (127.0.0.1), kept across restarts. */
    public static synchronized int port() {
        return port;
    }

    public static synchronized List<MimeMessage> messages() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Messages received for {@code address} (To), in arrival order. */
    public static List<MimeMessage> to(String address) {
        return messages().stream().filter(m -> recipients(m).stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    public static List<String> recipients(MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
