package vn.gov.pressinfo.web.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.Problems;

/**
 * {@code Idempotency-Key} on creating POSTs: the same key with the same body replays the first
 * response (with {@code Idempotent-Replayed: true}); the same key with another body is 422; a key
 * whose first request is still running is 409. Keys are scoped per caller and path.
 *
 * <p>Runs as an ordinary (post-matching) filter, so for blocking endpoints it runs on the worker
 * thread and may use JDBC.
 */
@Provider
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String RESERVATION = IdempotencyFilter.class.getName() + ".reservation";
    private static final int MAX_KEY_LENGTH = 200;

    private record Held(String scope, String key) {
    }

    private final IdempotencyStore store;
    private final ObjectMapper objectMapper;

    public IdempotencyFilter(IdempotencyStore store, ObjectMapper objectMapper) {
        this.store = store;
        this.objectMapper = objectMapper;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            request.abortWith(Problems.response(ProblemType.VALIDATION, 400,
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters.", path,
                    java.util.List.of(new vn.gov.pressinfo.web.Problem.FieldError(HEADER, "must be 1 to 200 visible ASCII characters"))));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));

        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        String scope = (principal == null ? "anonymous" : principal.getName()) + " POST " + path;
        IdempotencyStore.Reservation reservation = store.reserve(scope, key, hash(request, body));
        switch (reservation.outcome()) {
            case RESERVED -> request.setProperty(RESERVATION, new Held(scope, key));
            case REPLAY -> request.abortWith(replay(reservation.response()));
            case DIFFERENT_REQUEST -> request.abortWith(Problems.response(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request body. Use a new key for a new request.", path));
            case IN_PROGRESS -> request.abortWith(Problems.response(ProblemType.CONFLICT,
                    "A request with this Idempotency-Key is still being processed. Retry in a moment.", path));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RESERVATION) instanceof Held held)) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            store.complete(held.scope(), held.key(), new IdempotencyStore.StoredResponse(response.getStatus(),
                    response.getMediaType() == null ? null : response.getMediaType().toString(),
                    response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG),
                    serialize(response.getEntity())));
        } else {
            store.release(held.scope(), held.key());
        }
    }

    private Response replay(IdempotencyStore.StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            builder.entity(stored.body()).type(stored.contentType() == null ? MediaType.APPLICATION_JSON : stored.contentType());
        }
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        return builder.build();
    }

    private String serialize(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String s) {
            return s;
        }
        try {
            return objectMapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored for replay", e);
        }
    }

    private static String hash(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            MediaType type = request.getMediaType();
            digest.update(String.valueOf(type == null ? "" : type.getType() + "/" + type.getSubtype()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
