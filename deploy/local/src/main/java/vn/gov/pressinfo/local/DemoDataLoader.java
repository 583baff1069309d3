package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the demo agencies through registry-service's API, as a client would. Safe to rerun: agencies
 * whose code exists are skipped, and every POST carries a deterministic {@code Idempotency-Key}, so a
 * retried request replays the first response instead of failing.
 */
final class DemoDataLoader {

    private static final String NOTE = "Dữ liệu mẫu: Phụ lục Báo cáo 284/BC-STTTT (2020) của tỉnh Kiên Giang";

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final Consumer<String> progress;

    DemoDataLoader(HttpClient http, String token, Consumer<String> progress) {
        this.http = http;
        this.token = token;
        this.progress = progress;
    }

    /** Creates the root and its 39 agencies unless they exist; returns how many were created. */
    int load(URI registry) throws IOException, InterruptedException {
        Map<String, String> existing = existingCodes(registry);
        int created = 0;
        String rootId = existing.get(DemoAgencies.ROOT.code());
        if (rootId == null) {
            rootId = create(registry, DemoAgencies.ROOT, null);
            created++;
        }
        for (DemoAgencies.Agency agency : DemoAgencies.children()) {
            if (!existing.containsKey(agency.code())) {
                create(registry, agency, rootId);
                created++;
            }
        }
        return created;
    }

    /** Waits until each consumer's agency list holds at least {@code expected} agencies. */
    void awaitReplicated(Map<String, URI> consumers, long expected, Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Map<String, URI> waiting = new LinkedHashMap<>(consumers);
        Map<String, Long> totals = new HashMap<>();
        long nextReport = start + Duration.ofSeconds(5).toNanos();
        while (true) {
            for (var it = waiting.entrySet().iterator(); it.hasNext();) {
                var entry = it.next();
                long total = total(entry.getValue());
                totals.put(entry.getKey(), total);
                if (total >= expected) {
                    it.remove();
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException("Demo agencies did not reach " + String.join(", ", waiting.keySet()) + " within "
                        + timeout.toSeconds() + " s (they have " + totals + " of " + expected + ")");
            }
            if (now > nextReport) {
                progress.accept(String.format(Locale.ROOT, "Waiting for the agency snapshots to reach %s: %s of %d",
                        String.join(", ", waiting.keySet()), totals, expected));
                nextReport = now + Duration.ofSeconds(5).toNanos();
            }
            Thread.sleep(300);
        }
    }

    private String create(URI registry, DemoAgencies.Agency agency, String parentId) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>(); // fixed field order: a rerun sends the same bytes
        body.put("code", agency.code());
        body.put("name", agency.name());
        body.put("type", agency.type());
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        body.put("validFrom", DemoAgencies.VALID_FROM);
        body.put("note", NOTE);
        HttpRequest request = HttpRequest.newBuilder(registry.resolve("/api/v1/agencies"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", "pressinfo-demo-" + agency.code())
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/agencies " + agency.code() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body()).path("id").asText();
    }

    /** Code to id of the demo agencies registry already has (codes starting with KG or AG). */
    Map<String, String> existingCodes(URI registry) throws IOException, InterruptedException {
        Map<String, String> codes = new HashMap<>();
        for (int page = 0;; page++) {
            JsonNode result = get(registry.resolve("/api/v1/agencies?size=100&page=" + page));
            JsonNode items = result.path("items");
            for (JsonNode item : items) {
                String code = item.path("code").asText();
                if (code.startsWith(DemoAgencies.ROOT.code()) || code.startsWith(DemoReorganisation.OLD_AN_GIANG_CODE)) {
                    codes.put(code, item.path("id").asText());
                }
            }
            if (items.size() < 100) {
                return codes;
            }
        }
    }

    private long total(URI service) throws IOException, InterruptedException {
        return get(service.resolve("/api/v1/agencies?size=1")).path("total").asLong();
    }

    private JsonNode get(URI url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    static List<DemoAgencies.Agency> all() {
        var all = new java.util.ArrayList<DemoAgencies.Agency>();
        all.add(DemoAgencies.ROOT);
        all.addAll(DemoAgencies.children());
        return all;
    }
}
