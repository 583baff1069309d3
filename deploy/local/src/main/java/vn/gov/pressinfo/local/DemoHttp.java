package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo loaders' one way to call a service's API: a bearer token, JSON in and out, an optional Idempotency-Key. */
final class DemoHttp {

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    DemoHttp(HttpClient http) {
        this.http = http;
    }

    /** Sends the request and answers its JSON body; any status outside {@code expected} is an error. */
    JsonNode send(String method, URI url, String token, Object body, String idempotencyKey, Set<Integer> expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(method, url, token, body, idempotencyKey);
        if (!expected.contains(response.statusCode())) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
    }

    HttpResponse<String> exchange(String method, URI url, String token, Object body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
