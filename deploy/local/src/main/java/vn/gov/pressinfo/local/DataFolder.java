package vn.gov.pressinfo.local;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import vn.gov.pressinfo.local.LocalStack.Service;

/**
 * The data folder of a local stack ({@code <root>/.local} by default): PostgreSQL and Kafka data, {@code logs}
 * and {@code run} (PID files and the launcher lock). One launcher at a time holds the lock; on start it stops
 * what a killed launcher left running with the same folder.
 */
final class DataFolder {

    private static final String LOCK_FILE = "launcher.lock";

    private final Path directory;
    private final Path logs;
    private final Path run;
    private final Consumer<String> progress;
    private FileChannel lockChannel;
    private FileLock lock;
    private Handler infrastructureLog;

    DataFolder(Path directory, Consumer<String> progress) {
        this.directory = directory;
        this.logs = directory.resolve("logs");
        this.run = directory.resolve("run");
        this.progress = progress;
    }

    Path directory() {
        return directory;
    }

    Path logs() {
        return logs;
    }

    Path logFile(String name) {
        return logs.resolve(name + ".log");
    }

    Path pidFile(String name) {
        return run.resolve(name + ".pid");
    }

    /** Takes the launcher lock, failing when another local stack runs with this folder. */
    void lock() throws IOException {
        Files.createDirectories(run);
        lockChannel = FileChannel.open(run.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            lockChannel = null;
            throw new IllegalStateException("Another local stack is running with the data folder " + directory
                    + " (its lock " + run.resolve(LOCK_FILE) + " is held). Stop it first (Ctrl-C in its terminal).");
        }
    }

    /** Children (and a postmaster) a killed launcher left running with this data folder. */
    void stopLeftovers(Duration stopTimeout) throws IOException {
        for (Service s : Service.values()) {
            report(ChildProcess.stopLeftover(pidFile(s.artifactId()), List.of("quarkus-run.jar", s.artifactId()), stopTimeout));
        }
        report(ChildProcess.stopLeftover(pidFile(Infrastructure.MAIL_SINK), List.of("greenmail-standalone"), stopTimeout));
        stopLeftoverPostmaster(directory.resolve("postgres"), stopTimeout);
    }

    /**
     * PostgresServer stops a leftover postmaster by the PID in postmaster.pid without checking what that
     * PID runs now; check it here first so that a reused PID is never signalled.
     */
    private void stopLeftoverPostmaster(Path pgData, Duration stopTimeout) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        long pid;
        try {
            pid = Long.parseLong(first);
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return; // PostgresServer removes the stale file
        }
        String commandLine = ChildProcess.commandLine(pid).orElse("");
        if (!commandLine.contains("postgres") || !commandLine.contains(pgData.toString())) {
            Files.delete(pidFile);
            progress.accept("Removed a stale postmaster.pid: its PID " + pid + " now runs something else, left alone");
            return;
        }
        progress.accept("Stopping PostgreSQL (pid " + pid + ") left running by an earlier launcher");
        handle.get().destroy();
        try {
            handle.get().onExit().get(stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            handle.get().destroyForcibly();
        } catch (ExecutionException e) {
            // not thrown by onExit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes everything in the folder but the held lock (reset). */
    void wipe() throws IOException {
        progress.accept("Reset: deleting " + directory);
        Path lockFile = run.resolve(LOCK_FILE);
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(lockFile) && !p.equals(run) && !p.equals(directory)) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Kafka, PostgreSQL and the platform log through java.util.logging (SLF4J and JBoss Logging bridged to
     * it): their records at the root logger's level go to {@code logs/infrastructure.log}, whatever the
     * console shows.
     */
    void logInfrastructure() throws IOException {
        Files.createDirectories(logs);
        FileHandler handler = new FileHandler(logs.resolve("infrastructure.log").toString(), true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                String thrown = "";
                if (r.getThrown() != null) {
                    StringWriter w = new StringWriter();
                    r.getThrown().printStackTrace(new PrintWriter(w));
                    thrown = System.lineSeparator() + w;
                }
                return String.format(Locale.ROOT, "%1$tF %1$tT.%1$tL %2$-7s [%3$s] %4$s%5$s%n", r.getMillis(), r.getLevel(),
                        r.getLoggerName(), formatMessage(r), thrown);
            }
        });
        infrastructureLog = handler;
        Logger.getLogger("").addHandler(handler);
    }

    /** Closes the infrastructure log and releases the lock; the last step of stopping. */
    void close() {
        if (infrastructureLog != null) {
            Logger.getLogger("").removeHandler(infrastructureLog);
            infrastructureLog.close();
        }
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    private void report(String message) {
        if (message != null) {
            progress.accept(message);
        }
    }
}
