package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.pressinfo.local.LocalStack.Service;

/**
 * The ports of one local stack on {@link LocalStack#HOST}, settled before anything starts: the configured
 * ones checked to be free, every 0 replaced by a free port. The mail ports are 0 when the stack runs
 * without the mail sink.
 */
record PortAllocation(Map<Service, Integer> services, int smtp, int imap, int mailApi, int kafka, int postgres) {

    /** Fails with every busy port at once, so that one run tells what to change. */
    static PortAllocation allocate(StackOptions config) throws IOException {
        List<String> busy = new ArrayList<>();
        // Every port 0 is picked here, in one pass and all different: a port picked for a service and released
        // could otherwise be handed again by the system to the broker or the database started with port 0.
        Set<Integer> picked = new HashSet<>();
        EnumMap<Service, Integer> services = new EnumMap<>(Service.class);
        for (Service s : config.services) {
            int port = config.servicePorts.getOrDefault(s, s.defaultPort());
            services.put(s, checkPort(port, s.artifactId(), busy, picked));
        }
        int smtp = 0;
        int imap = 0;
        int mailApi = 0;
        if (config.mail) {
            smtp = checkPort(config.smtpPort, "SMTP", busy, picked);
            imap = checkPort(config.imapPort, "IMAP", busy, picked);
            mailApi = checkPort(config.mailApiPort, "mail API", busy, picked);
        }
        int kafka = checkPort(config.kafkaPort, "Kafka", busy, picked);
        int postgres = checkPort(config.postgresPort, "PostgreSQL", busy, picked);
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports already in use on " + LocalStack.HOST + ": " + String.join(", ", busy)
                    + ". Stop what uses them or choose other ports.");
        }
        return new PortAllocation(services, smtp, imap, mailApi, kafka, postgres);
    }

    /** {@code http://127.0.0.1:PORT} of a service. */
    URI baseUrl(Service s) {
        Integer port = services.get(s);
        if (port == null) {
            throw new IllegalArgumentException(s + " is not part of this stack");
        }
        return URI.create("http://" + LocalStack.HOST + ":" + port);
    }

    private static int checkPort(int port, String what, List<String> busy, Set<Integer> picked) throws IOException {
        if (port == 0) {
            for (int attempt = 0; attempt < 100; attempt++) {
                int free = freePort();
                if (picked.add(free)) {
                    return free;
                }
            }
            throw new IOException("no free port for " + what + " after 100 tries");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(LocalStack.HOST), port));
        } catch (IOException e) {
            busy.add(port + " (" + what + ")");
        }
        picked.add(port);
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(LocalStack.HOST))) {
            return socket.getLocalPort();
        }
    }
}
