package vn.gov.pressinfo.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.gov.pressinfo.local.LocalStack.Service;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * {@code deploy/local/up [--reset]}: starts the local stack with its data under {@code <root>/.local},
 * loads the demo data on the first start (agencies, a spokesperson, an overdue report request, a false-information
 * case awaiting correction), prints where everything is and runs until Ctrl-C.
 */
public final class Up {

    private static final String MARKER = "demo-data.loaded";

    private Up() {
    }

    public static void main(String[] args) {
        // Before anything logs: JBoss Logging (platform) and SLF4J (Kafka, PostgreSQL) both end in
        // java.util.logging; the console shows only errors, the rest goes to .local/logs/infrastructure.log.
        System.setProperty("org.jboss.logging.provider", "jdk");
        Logger rootLogger = Logger.getLogger("");
        rootLogger.setLevel(Level.INFO);
        for (Handler h : rootLogger.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setLevel(Level.SEVERE);
            }
        }

        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }

        LocalStack stack;
        try {
            LocalStack.Builder builder = LocalStack.builder()
                    .repositoryRoot(options.root)
                    .dataDirectory(options.data)
                    .reset(options.reset)
                    .postgresPort(options.postgresPort)
                    .kafkaPort(options.kafkaPort)
                    .smtpPort(options.smtpPort);
            if (options.serviceJvm != null) {
                builder.serviceJvmOptions(options.serviceJvm);
            }
            if (!"launcher".equals(options.serviceJava)) {
                builder.serviceJavaHome(options.serviceJava == null ? null : Path.of(options.serviceJava));
            }
            stack = builder.progress(Up::say).start();
        } catch (IOException | RuntimeException e) {
            System.err.println("[local] FAILED: " + e.getMessage());
            System.exit(1);
            return;
        }
        Instant launched = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Duration toReady = Duration.between(launched, Instant.now());

        try {
            loadDemoDataOnce(stack);
        } catch (IOException | RuntimeException e) {
            System.err.println("[local] FAILED to load the demo data: " + e.getMessage());
            stack.close();
            System.exit(1);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        printSummary(stack, toReady);

        try {
            new CountDownLatch(1).await(); // Ctrl-C: the stack's shutdown hook stops everything
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void loadDemoDataOnce(LocalStack stack) throws IOException, InterruptedException {
        Path marker = stack.dataDirectory().resolve(MARKER);
        if (Files.exists(marker)) {
            say("Demo data already loaded (" + marker + "); --reset starts from scratch");
            return;
        }
        long t = System.nanoTime();
        DemoDataLoader loader = new DemoDataLoader(HttpClient.newHttpClient(), DevTokens.forRole("press-admin"),
                Up::say);
        int created = loader.load(stack.baseUrl(Service.REGISTRY));
        int expected = DemoDataLoader.all().size();
        say("Demo data: " + created + " agencies created in registry-service (" + expected + " in the demo set)");
        Map<String, URI> consumers = new LinkedHashMap<>();
        for (Service s : stack.services()) {
            if (s != Service.REGISTRY) {
                consumers.put(s.artifactId(), stack.baseUrl(s));
            }
        }
        loader.awaitReplicated(consumers, expected, Duration.ofSeconds(90));
        URI registry = stack.baseUrl(Service.REGISTRY);
        URI press = stack.baseUrl(Service.PRESS_RESPONSE);
        DemoReorganisation reorganisation = new DemoReorganisation(HttpClient.newHttpClient(), Up::say);
        reorganisation.prepare(loader.existingCodes(registry), registry, press);
        loader.awaitReplicated(consumers, expected + DemoReorganisation.AGENCIES_ADDED, Duration.ofSeconds(90));
        reorganisation.departmentRecipients(loader.existingCodes(registry), stack.baseUrl(Service.NOTIFICATION));
        new DemoWorkflows(HttpClient.newHttpClient(), Up::say).load(loader.existingCodes(registry), registry,
                stack.baseUrl(Service.REPORTING), press);
        String reorganised = reorganisation.apply(loader.existingCodes(registry), registry, stack.baseUrl(Service.REPORTING), press);
        say(reorganised);
        Files.writeString(marker, "Demo data loaded at " + Instant.now() + System.lineSeparator() + reorganised + System.lineSeparator(),
                StandardCharsets.UTF_8);
        say(String.format(Locale.ROOT, "Demo data in every service after %.1f s", (System.nanoTime() - t) / 1e9));
    }

    private static void printSummary(LocalStack stack, Duration toReady) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder(nl);
        out.append("==== PressInfo local stack is ready ====").append(nl);
        out.append(String.format(Locale.ROOT, "Start to all %d services ready: %.1f s (launcher start; the stack itself took %.1f s)%n",
                stack.services().size(), toReady.toMillis() / 1000.0, stack.startupTime().toMillis() / 1000.0));
        List<String> memory = new ArrayList<>();
        for (Service s : stack.services()) {
            memory.add(s + " " + megabytes(ChildProcess.residentBytes(stack.pid(s))));
        }
        out.append("Memory (RSS): ").append(String.join(", ", memory)).append(nl);
        out.append("              launcher with the Kafka broker ").append(megabytes(ChildProcess.residentBytes(ProcessHandle.current().pid())));
        if (stack.hasMail()) {
            out.append(", mail sink ").append(megabytes(ChildProcess.residentBytes(stack.mailPid())));
        }
        out.append(nl).append(nl);

        out.append("Service runtime: ").append(stack.serviceRuntime()).append(nl).append(nl);
        out.append("Services").append(nl);
        for (Service s : stack.services()) {
            URI base = stack.baseUrl(s);
            out.append(String.format(Locale.ROOT, "  %-23s %s/api/v1  (pid %d, log %s)%n", s, base, stack.pid(s),
                    stack.repositoryRoot().relativize(stack.logFile(s))));
            out.append(String.format(Locale.ROOT, "  %-23s Swagger UI %s/q/swagger-ui   OpenAPI %s/q/openapi%n", "", base, base));
            out.append(String.format(Locale.ROOT, "  %-23s Health %s/q/health/ready   Metrics %s/q/metrics%n", "", base, base));
        }
        out.append(nl).append("Infrastructure").append(nl);
        for (Service s : stack.services()) {
            out.append(String.format(Locale.ROOT, "  PostgreSQL %-22s %s  (user %s, password %s)%n", s.database(), stack.jdbcUrl(s),
                    LocalStack.DB_USER, LocalStack.DB_PASSWORD));
        }
        out.append("  Kafka bootstrap servers           ").append(stack.kafkaBootstrapServers())
                .append("  (topics ").append(String.join(", ", vn.gov.pressinfo.events.Topics.ALL)).append(", each with .dlq)")
                .append(nl);
        if (stack.hasMail()) {
            URI api = stack.mailApiUrl();
            out.append("  Mail sink (GreenMail)             SMTP ").append(LocalStack.HOST).append(':').append(stack.smtpPort())
                    .append(", IMAP ").append(LocalStack.HOST).append(':').append(stack.imapPort())
                    .append(" (login = recipient address, any password)").append(nl);
            out.append("    received mail, per recipient:   curl ").append(api).append("/api/user/<address>/messages/INBOX").append(nl);
            out.append("    mailboxes:                      curl ").append(api).append("/api/user").append(nl);
            out.append("    API page (loads its viewer from unpkg.com, so needs internet): ").append(api).append('/').append(nl);
        }
        out.append("  Logs                              ").append(stack.logDirectory()).append(nl);
        Path demo = stack.dataDirectory().resolve(MARKER);
        if (Files.exists(demo)) {
            try {
                out.append(nl);
                Files.readAllLines(demo, StandardCharsets.UTF_8).forEach(line -> out.append(line).append(nl));
            } catch (IOException e) {
                out.append("(").append(demo).append(" unreadable: ").append(e.getMessage()).append(")").append(nl);
            }
        }
        out.append(nl).append("Tokens (8 hours, development key; roles press-admin, agency-officer AGENCY_ID, press-monitor, auditor, system)")
                .append(nl);
        out.append("  TOKEN=$(deploy/local/token press-admin | tail -1)").append(nl);
        out.append("  curl -H \"Authorization: Bearer $TOKEN\" '").append(stack.baseUrl(Service.REGISTRY))
                .append("/api/v1/agencies?q=rach%20gia'").append(nl);
        out.append(nl).append("Press Ctrl-C to stop everything.").append(nl);
        System.out.print(out);
        System.out.flush();
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "?" : (bytes / (1024 * 1024)) + " MB";
    }

    /** Command-line options. */
    static final class Options {
        static final String USAGE = """
                usage: deploy/local/up [--reset] [--build] [--root DIR] [--data DIR]
                                       [--postgres-port N] [--kafka-port N] [--smtp-port N]
                                       [--service-jvm OPTS] [--service-java HOME|launcher]
                  --reset            delete the data folder (default <root>/.local) first
                  --build            (script) rebuild with ./mvnw before starting
                  --root DIR         repository checkout (default: current folder)
                  --data DIR         data folder: PostgreSQL, Kafka, logs, PID files
                  --postgres-port N  default 15432;  --kafka-port N  default 19092;  --smtp-port N  default 2525
                  --service-jvm OPTS JVM options of each service, one space-separated argument, instead of the
                                     default "%s"
                                     (MALLOC_ARENA_MAX=2 in their environment)
                  --service-java H   the JDK home that runs the services; "launcher" for the launcher's own JDK
                                     (with the build's AppCDS archive). Default: the newest JDK 25 or later in
                                     /usr/lib/jvm, whose AOT cache one training start per build makes (ADR 22),
                                     else the launcher's
                Services listen on 127.0.0.1:8081-8084, the mail API on 8025, IMAP on 2143.""".formatted(
                String.join(" ", StackOptions.SERVICE_JVM_OPTIONS));

        boolean help;
        boolean reset;
        Path root = Path.of(System.getProperty("pressinfo.root", "."));
        Path data;
        int postgresPort = 15432;
        int kafkaPort = 19092;
        int smtpPort = 2525;
        /** Null: LocalStack's default. */
        List<String> serviceJvm;
        /** Null: the newest JDK 25+ installed; "launcher": the launcher's; else a JDK home. */
        String serviceJava;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> o.help = true;
                    case "--reset" -> o.reset = true;
                    case "--root" -> o.root = Path.of(value(args, ++i, a));
                    case "--data" -> o.data = Path.of(value(args, ++i, a));
                    case "--postgres-port" -> o.postgresPort = port(value(args, ++i, a), a);
                    case "--kafka-port" -> o.kafkaPort = port(value(args, ++i, a), a);
                    case "--smtp-port" -> o.smtpPort = port(value(args, ++i, a), a);
                    case "--service-jvm" -> o.serviceJvm = jvmOptions(value(args, ++i, a), a);
                    case "--service-java" -> o.serviceJava = value(args, ++i, a);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        /** Space-separated JVM options; each must start with "-" (a stray word would become the main class). */
        private static List<String> jvmOptions(String value, String option) {
            List<String> options = List.of(value.trim().split("\\s+"));
            if (value.isBlank() || options.stream().anyMatch(o -> !o.startsWith("-"))) {
                throw new IllegalArgumentException(option + " takes JVM options that each start with '-', not '" + value + "'");
            }
            return options;
        }

        private static int port(String value, String option) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(option + " must be a port number, not " + value);
        }
    }

    /**
     * The command line's own output: progress and the summary are what a person running
     * {@code deploy/local/up} reads in the terminal, so they go to stdout rather than to a logger
     * (whose level and format the infrastructure's logging configuration controls).
     */
    private static void say(String line) {
        System.out.println("[local] " + line);
    }
}
