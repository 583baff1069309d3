package vn.gov.pressinfo.web.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemType;

/**
 * The HTTP layer's own limits, answered with RFC 9457 problem bodies like every other error: a request line over
 * {@code pressinfo.web.max-request-line-bytes} is 414, header fields over {@code pressinfo.web.max-header-bytes} are
 * 431, a {@code Content-Length} over {@code pressinfo.web.max-body-bytes} is 413.
 *
 * <p>Vert.x rejects requests over {@code quarkus.http.limits.*} inside its HTTP codec, before any route runs, with
 * bare responses that no Quarkus hook can give a body (quarkusio/quarkus#55082; {@code HttpServer.invalidRequestHandler}
 * is not exposed). So the suite's limits are enforced here, on the router, in front of Quarkus's own body-size route
 * (order -2), and the codec's limits are set above them as backstops only (platform-web's
 * microprofile-config.properties).
 */
@ApplicationScoped
public class HttpLayerLimits {

    /** Before Quarkus's body-size route ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    static final int ORDER = -3;

    private static final int MAX_INSTANCE_LENGTH = 256;
    /** The largest refused body read to its end before the answer (see {@link #refuse}). */
    private static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;
    private static final long DRAIN_TIMEOUT_MS = 5_000;
    /** " HTTP/1.1" after the request target. */
    private static final int VERSION_LENGTH = 9;

    private final ObjectMapper json;
    private final int maxRequestLine;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    HttpLayerLimits(ObjectMapper json,
            @ConfigProperty(name = "pressinfo.web.max-request-line-bytes", defaultValue = "4096") int maxRequestLine,
            @ConfigProperty(name = "pressinfo.web.max-header-bytes", defaultValue = "20480") int maxHeaderBytes,
            @ConfigProperty(name = "pressinfo.web.max-body-bytes", defaultValue = "1048576") long maxBodyBytes) {
        this.json = json;
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int requestLine = request.method().name().length() + 1 + request.uri().length() + VERSION_LENGTH;
        if (requestLine > maxRequestLine) {
            refuse(context, ProblemType.URI_TOO_LONG,
                    "The request line has " + requestLine + " characters; at most " + maxRequestLine + " are accepted.");
            return;
        }
        int headerBytes = headerBytes(request);
        if (headerBytes > maxHeaderBytes) {
            refuse(context, ProblemType.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "The request's header fields have " + headerBytes + " bytes; at most " + maxHeaderBytes + " are accepted.");
            return;
        }
        long length = contentLength(request);
        if (length > maxBodyBytes) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body exceeds " + maxBodyBytes + " bytes.");
            return;
        }
        context.next();
    }

    /** As the HTTP/1.1 codec counts them: {@code name: value} for each field line. */
    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + 2 + header.getValue().length();
        }
        return bytes;
    }

    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void refuse(RoutingContext context, ProblemType type, String detail) {
        HttpServerRequest request = context.request();
        String path = request.path();
        int status = type.status();
        Problem problem = new Problem(type.uri(), type.title(), status, detail,
                path != null && path.length() <= MAX_INSTANCE_LENGTH ? path : null, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a problem body", e);
        }
        var response = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (request.version() == HttpVersion.HTTP_2) {
            response.end(body);
            return;
        }
        // The body is not wanted, so the connection cannot carry another request: it closes after the answer. A client
        // still writing its body when the connection closes sees a broken pipe instead of the answer, so a body of a
        // bounded size is read and dropped first (a "lingering close", RFC 9112 section 9.6); a larger one, or one that
        // does not come within the time allowed, is cut off.
        response.putHeader(HttpHeaders.CONNECTION, "close");
        long length = contentLength(request);
        if (request.isEnded() || length <= 0 || length > MAX_DRAINED_BYTES) {
            response.endHandler(done -> request.connection().close());
            response.end(body);
            return;
        }
        long timer = context.vertx().setTimer(DRAIN_TIMEOUT_MS, t -> request.connection().close());
        request.handler(dropped -> {
        });
        request.exceptionHandler(failure -> context.vertx().cancelTimer(timer));
        request.endHandler(done -> {
            context.vertx().cancelTimer(timer);
            response.end(body);
        });
        request.resume();
    }
}
