package vn.gov.pressinfo.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM of the local stack (a service or the mail sink): output appended to its log file, its PID
 * kept in a PID file so that a later launcher can stop it if this one was killed.
 */
final class ChildProcess {

    /** Puts the child in its own session so that a Ctrl-C in the terminal reaches only the launcher, which stops children in order. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;
    private final Instant startedAt;

    private ChildProcess(String name, Process process, Path logFile, Path pidFile, Instant startedAt) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.startedAt = startedAt;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logFile, Path pidFile)
            throws IOException {
        return start(name, command, environment, null, logFile, pidFile);
    }

    /** As {@link #start(String, List, Map, Path, Path)}, in {@code workingDirectory} (null: the launcher's). */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workingDirectory, Path logFile,
            Path pidFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(pidFile.getParent());
        Files.writeString(logFile, "==== " + Instant.now() + " starting " + name + ": " + (workingDirectory == null ? "" : "(in " + workingDirectory + ") ")
                + String.join(" ", command) + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString()); // execs the command in the same process: the PID stays the child's
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        Process process = builder.start();
        Files.writeString(pidFile, process.pid() + System.lineSeparator(), StandardCharsets.US_ASCII);
        return new ChildProcess(name, process, logFile, pidFile, Instant.now());
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Instant startedAt() {
        return startedAt;
    }

    Path logFile() {
        return logFile;
    }

    /** Sends SIGTERM; see {@link #awaitStopped(Duration)}. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the process to end after {@link #requestStop()}, kills it after {@code timeout}; removes the PID file. */
    boolean awaitStopped(Duration timeout) {
        boolean graceful = true;
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                graceful = false;
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graceful;
    }

    /** The last {@code lines} lines of the log file, without stack frames (the messages say what went wrong). */
    String logTail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.matches("\\s+(at |\\.\\.\\. \\d+ more).*"))
                    .toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the process named by a PID file that an earlier launcher left behind, but only when its
     * command line still contains every one of {@code mustContain} (a PID may have been reused by an
     * unrelated process since). Removes the PID file.
     *
     * @return a sentence for the progress output, or null when there was nothing to do
     */
    static String stopLeftover(Path pidFile, List<String> mustContain, Duration timeout) throws IOException {
        if (!Files.exists(pidFile)) {
            return null;
        }
        String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        Files.delete(pidFile);
        long pid;
        try {
            pid = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return "Ignored unreadable PID file " + pidFile;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return null;
        }
        String commandLine = commandLine(pid).orElse("");
        if (!mustContain.stream().allMatch(commandLine::contains)) {
            return "PID file " + pidFile.getFileName() + " names process " + pid + ", which is not ours (" + abbreviate(commandLine)
                    + "): left alone";
        }
        ProcessHandle process = handle.get();
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
        } catch (java.util.concurrent.ExecutionException e) {
            // cannot happen for onExit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "Stopped " + pidFile.getFileName().toString().replace(".pid", "") + " (pid " + pid + ") left running by an earlier launcher";
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    /** The command line of a live process, from /proc (empty when it is gone or unreadable). */
    static Optional<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            if (raw.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim());
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().commandLine());
        }
    }

    /** Resident memory of a process in bytes, from /proc/PID/status (VmRSS); -1 when unknown. */
    static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
