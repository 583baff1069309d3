package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Waits until child processes answer ready: polls each readiness URL until 200, fails at once when a
 * process exits (with the end of its log) and after a timeout at the latest.
 */
final class ReadinessWait {

    /** A started child and the URL that answers 200 once it is ready. */
    record Target(ChildProcess process, URI url) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final StackLock lock;
    private final Consumer<String> progress;

    ReadinessWait(StackLock lock, Consumer<String> progress) {
        this.lock = lock;
        this.progress = progress;
    }

    /** Returns when every target is ready; reports who is still awaited every 5 s. */
    void await(Map<String, Target> pending, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start + Duration.ofSeconds(5).toNanos();
        Map<String, Target> waiting = new LinkedHashMap<>(pending);
        while (!waiting.isEmpty()) {
            for (var it = waiting.entrySet().iterator(); it.hasNext();) {
                var entry = it.next();
                ChildProcess p = entry.getValue().process();
                lock.ensureOpen();
                if (!p.isAlive()) {
                    throw new IllegalStateException(entry.getKey() + " exited with code " + p.exitValue() + " while starting. Last lines of "
                            + p.logFile() + ":" + System.lineSeparator() + p.logTail(40));
                }
                if (isUp(entry.getValue().url())) {
                    progress.accept(String.format(Locale.ROOT, "%s ready (%.1f s)", entry.getKey(),
                            Duration.between(p.startedAt(), Instant.now()).toMillis() / 1000.0));
                    it.remove();
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                StringBuilder message = new StringBuilder("Not ready after " + timeout.toSeconds() + " s: " + String.join(", ", waiting.keySet()));
                waiting.forEach((name, r) -> message.append(System.lineSeparator()).append("---- last lines of ").append(r.process().logFile())
                        .append(System.lineSeparator()).append(r.process().logTail(40)));
                throw new IllegalStateException(message.toString());
            }
            if (now > nextReport) {
                progress.accept(String.format(Locale.ROOT, "Waiting for %s (%d s)", String.join(", ", waiting.keySet()),
                        Duration.ofNanos(now - start).toSeconds()));
                nextReport = now + Duration.ofSeconds(5).toNanos();
            }
            sleep(250);
        }
    }

    private boolean isUp(URI url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
