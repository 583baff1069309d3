import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outbox latency: the time from the 2xx of an agency change in registry-service to that change being
 * visible in another service's read model (registry → outbox → relay → Kafka → consumer → database →
 * GET). Single-file program (java bench/OutboxLatency.java TOKEN [CHANGES] [REGISTRY] [CONSUMER] [WARMUP]);
 * needs the local stack running. The first WARMUP changes (default 50) are not measured: they let the
 * services' JIT compilers finish, which a freshly started JVM has not. Prints p50/p90/p99/max in ms.
 */
public class OutboxLatency {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String registry = args.length > 2 ? args[2] : "http://127.0.0.1:8081";
        String consumer = args.length > 3 ? args[3] : "http://127.0.0.1:8082";
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String code = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.send(json(registry + "/api/v1/agencies", token)
                .POST(body("{\"code\":\"" + code + "\",\"name\":\"Cơ quan đo độ trễ 0\",\"type\":\"OTHER\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create failed: " + created.statusCode() + " " + created.body());
        }
        String id = match(ID, created.body());
        awaitVersion(http, consumer, token, id, 0, Duration.ofSeconds(30));

        List<Double> millis = new ArrayList<>(changes);
        for (int i = 1; i <= warmup + changes; i++) {
            HttpResponse<String> updated = http.send(json(registry + "/api/v1/agencies/" + id, token)
                    .header("If-Match", "\"" + (i - 1) + "\"")
                    .PUT(body("{\"code\":\"" + code + "\",\"name\":\"Cơ quan đo độ trễ " + i + "\",\"type\":\"OTHER\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long committed = System.nanoTime();
            if (updated.statusCode() != 200) {
                throw new IllegalStateException("update " + i + " failed: " + updated.statusCode() + " " + updated.body());
            }
            awaitVersion(http, consumer, token, id, i, Duration.ofSeconds(10));
            if (i > warmup) {
                millis.add((System.nanoTime() - committed) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("outbox latency (registry 2xx -> visible in %s), %d changes after %d warm-up changes:%n", consumer,
                changes, warmup);
        System.out.printf("  p50 %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms   mean %.1f ms%n",
                pct(millis, 50), pct(millis, 90), pct(millis, 99), millis.get(millis.size() - 1),
                millis.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private static void awaitVersion(HttpClient http, String base, String token, String id, long version, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies/" + id))
                .header("Authorization", "Bearer " + token).GET().build();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && Long.parseLong(match(VERSION, r.body())) >= version) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("version " + version + " of " + id + " not visible at " + base + " within " + timeout);
    }

    private static double pct(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static HttpRequest.Builder json(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return m.group(1);
    }
}
