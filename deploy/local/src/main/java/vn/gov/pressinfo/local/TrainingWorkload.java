package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.gov.pressinfo.local.LocalStack.Service;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * What a training start does between ready and stop (ADR 22): the requests a service answers most, so that its AOT
 * cache holds those paths' classes and profiles and not only the start's. Only reads and requests the service refuses
 * (a write with an empty object is a 400 problem): a training start runs on the stack's own data, which it must not
 * change. Bounded in rounds and in time; a failed request is counted, not fatal, since training is an optimisation.
 */
final class TrainingWorkload {

    static final int MAX_ROUNDS = 150;
    static final Duration MAX_TIME = Duration.ofSeconds(30);

    private final DemoHttp http = new DemoHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    private final String token = DevTokens.forRole("press-admin");

    /** One request of a round. */
    private record Call(String method, URI url, Object body) {
    }

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
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<Service, URI> e : baseUrls.entrySet()) {
            URI base = e.getValue();
            for (String path : readPaths(e.getKey())) {
                calls.add(new Call("GET", URI.create(base + path), null));
            }
            firstAgency(base).ifPresent(id -> calls.add(new Call("GET", URI.create(base + "/api/v1/agencies/" + id), null)));
            if (e.getKey() == Service.REGISTRY) {
                calls.add(new Call("POST", URI.create(base + "/api/v1/agencies"), Map.of()));
            }
        }
        int rounds = 0;
        int sent = 0;
        int failed = 0;
        while (rounds < MAX_ROUNDS && System.nanoTime() < deadline) {
            for (Call call : calls) {
                sent++;
                try {
                    if (http.exchange(call.method(), call.url(), token, call.body(), null).statusCode() >= 500) {
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
            String id = http.send("GET", URI.create(base + "/api/v1/agencies?size=1"), token, null, null, Set.of(200))
                    .path("items").path(0).path("id").asText("");
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        } catch (IOException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
