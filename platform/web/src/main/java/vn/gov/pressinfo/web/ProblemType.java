package vn.gov.pressinfo.web;

import java.net.URI;

/** The stable problem {@code type} URIs of the suite, with their titles and usual statuses. */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Request cannot be processed"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused with a different request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "request-header-fields-too-large", "Request header fields too large"),
    INTERNAL(500, "internal", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service temporarily unavailable");

    private static final String BASE = "https://pressinfo.gov.vn/problems/";

    private final int status;
    private final URI uri;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
