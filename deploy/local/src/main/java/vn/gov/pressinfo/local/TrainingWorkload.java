package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.pressinfo.local.LocalStack.Service;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * What a training start does between ready and stop (ADR 22): the requests a service answers most, so that its AOT
 * cache holds those paths' classes and profiles and not only the start's. Only reads and requests the service refuses
 * (a write without a body is a 400 problem): a training start runs on the stack's own data, which it must not change.
 * Bounded in rounds and in time; a failed request is counted, not fatal, since training is an optimisation.
 */
final class TrainingWorkload {

    static final int MAX_ROUNDS = 150;
    static final Duration MAX_TIME = Duration.ofSeconds(30);
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token = DevTokens.forRole("press-admin");

    /** The GET paths a service is trained on (a by-id path is added once the list named an item). */
    static List<String> readPaths(Service s) {
        List<String> paths = new ArrayList<>(List.of("/q/health/ready", "/api/v1/agencies?size=20"));
        switch (s) {
            case REGISTRY -> paths.addAll(List.of("/api/v1/public/spokespersons", "/api/v1/press-agencies?size=20",
                    "/api/v1/trainings?size=20"));
            case REPORTING -> paths.addAll(List.of("/api/v1/assignments?size=20", "/api/v1/report-requests?size=20"));
            case PRESS_RESPONSE -> paths.addAll(List.of("/api/v1/press-items?size=20", "/api/v1/public/rebuttals",
                    "/api/v1/public/statements", "/api/v1/press-inquiries?size=20", "/api/v1/statements?size=20"));
            case NOTIFICATION -> paths.addAll(List.of("/api/v1/inbox?size=20", "/api/v1/deliveries?size=20"));
        }
        return paths;
    }

    /** Runs the rounds against every service in {@code baseUrls}; answers a one-line account. */
    String run(Map<Service, URI> baseUrls) throws InterruptedException {
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        List<HttpRequest> requests = new ArrayList<>();
        for (Map.Entry<Service, URI> e : baseUrls.entrySet()) {
            for (String path : readPaths(e.getKey())) {
                requests.add(get(e.getValue(), path));
            }
            firstAgency(e.getValue()).ifPresent(id -> requests.add(get(e.getValue(), "/api/v1/agencies/" + id)));
            if (e.getKey() == Service.REGISTRY) {
                requests.add(authorized(e.getValue(), "/api/v1/agencies").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            }
        }
        int rounds = 0;
        int sent = 0;
        int failed = 0;
        while (rounds < MAX_ROUNDS && System.nanoTime() < deadline) {
            for (HttpRequest request : requests) {
                sent++;
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() >= 500) {
                        failed++;
                    }
                } catch (IOException e) {
                    failed++;
                }
            }
            rounds++;
        }
        return rounds + " rounds, " + sent + " requests" + (failed == 0 ? "" : ", " + failed + " failed");
    }

    private Optional<String> firstAgency(URI base) throws InterruptedException {
        try {
            String body = http.send(get(base, "/api/v1/agencies?size=1"), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = FIRST_ID.matcher(body);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private HttpRequest get(URI base, String path) {
        return authorized(base, path).GET().build();
    }

    private HttpRequest.Builder authorized(URI base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }
}
