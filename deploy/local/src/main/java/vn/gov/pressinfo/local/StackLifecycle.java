package vn.gov.pressinfo.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import vn.gov.pressinfo.local.LocalStack.Service;

/**
 * The order in which a local stack starts and stops. Start: data folder lock, shutdown hook, leftovers of a
 * killed launcher, ports, PostgreSQL and Kafka (mail sink meanwhile), services, then wait until all are
 * ready. Stop (close, or the shutdown hook on Ctrl-C): services, mail sink, Kafka, PostgreSQL, data folder.
 */
final class StackLifecycle {

    private final StackOptions config;
    private final Path root;
    private final Consumer<String> progress;
    private final StackLock lock = new StackLock();
    private final DataFolder folder;
    private final ReadinessWait readiness;
    /** Set once the ports are settled; read by the shutdown hook's thread too. */
    private volatile PortAllocation ports;
    private volatile Infrastructure infrastructure;
    private volatile ServiceProcesses processes;
    /** Guarded by {@link #lock}. */
    private Thread shutdownHook;
    private Duration startupTime;

    StackLifecycle(StackOptions config) {
        this.config = config;
        this.root = config.root.toAbsolutePath().normalize();
        this.progress = config.progress;
        this.folder = new DataFolder((config.dataDir != null ? config.dataDir : root.resolve(".local")).toAbsolutePath().normalize(),
                progress);
        this.readiness = new ReadinessWait(lock, progress);
    }

    /** Starts everything and waits until each service is ready; stops what it started on failure. */
    void start() throws IOException {
        long t0 = System.nanoTime();
        try {
            folder.lock();
            synchronized (lock) {
                shutdownHook = new Thread(this::closeFromHook, "local-stack-stop");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }

            folder.stopLeftovers(config.stopTimeout);
            if (config.reset) {
                folder.wipe();
            }
            folder.logInfrastructure();
            Path mailJar = config.mail ? Jars.greenMail(root, config.greenMailJar) : null;
            for (Service s : config.services) {
                Jars.requireFile(Jars.service(root, s), "the packaged " + s + "; build it with ./mvnw -B -q install -DskipTests");
            }
            // After the leftovers are stopped: they may hold the ports.
            ports = PortAllocation.allocate(config);

            progress.accept("Data in " + folder.directory() + ", logs in " + folder.logs());
            infrastructure = new Infrastructure(config, folder, ports, lock, progress);
            infrastructure.start(mailJar);

            processes = new ServiceProcesses(config, root, folder, ports, infrastructure, readiness, lock, progress);
            processes.trainAotCaches();
            processes.launchAll();
            Map<String, ReadinessWait.Target> pending = new LinkedHashMap<>();
            infrastructure.mailSinkReadiness().ifPresent(mail -> pending.put(Infrastructure.MAIL_SINK, mail));
            pending.putAll(processes.readinessTargets());
            readiness.await(pending, config.readinessTimeout);
            startupTime = Duration.ofNanos(System.nanoTime() - t0);
            progress.accept(String.format(Locale.ROOT, "All ready in %.1f s", startupTime.toMillis() / 1000.0));
        } catch (IOException | RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    Path root() {
        return root;
    }

    DataFolder folder() {
        return folder;
    }

    /** The parts below exist once {@link #start()} returned. */
    PortAllocation ports() {
        return ports;
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    ServiceProcesses processes() {
        return processes;
    }

    Duration startupTime() {
        return startupTime;
    }

    private void closeFromHook() {
        synchronized (lock) {
            shutdownHook = null; // cannot be removed while the JVM is shutting down
        }
        close();
    }

    /** Stops services, mail sink, Kafka and PostgreSQL, in that order, then lets go of the data folder. Idempotent. */
    void close() {
        Thread hook;
        synchronized (lock) {
            if (!lock.markClosed()) {
                return;
            }
            hook = shutdownHook;
            shutdownHook = null;
        }
        // Marked closed: nothing starts any more, so what runs now is all there is to stop.
        ServiceProcesses services = processes;
        Infrastructure infra = infrastructure;
        if ((services != null && services.anyRunning()) || (infra != null && infra.databaseOrBrokerRunning())) {
            progress.accept("Stopping the local stack");
        }
        if (services != null) {
            services.close();
        }
        if (infra != null) {
            infra.close();
        }
        folder.close();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
    }

    /** Seconds since {@code startNanos} ({@link System#nanoTime()}), for progress lines. */
    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
