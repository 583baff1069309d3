package vn.gov.pressinfo.web.ratelimit;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemType;

/**
 * Limits how fast each caller may call the API ({@code pressinfo.rate-limit.*}, {@link RateLimitConfig}).
 * Callers without a valid token are counted per client address, callers with one per token subject,
 * {@code system} callers against limits of their own. Every API response carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the
 * bucket is full again); a caller over its limit gets a 429 problem with {@code Retry-After}.
 *
 * <p>Pre-matching, so it also counts requests that end in 401, 404 or 405. It runs on the event loop:
 * the token (if any) is verified there as the lazy authentication would do anyway, and the caller's
 * lease ({@link RateLimiter}) is taken from there too; only when the lease is empty is the bucket, which
 * may need a PostgreSQL round trip, consulted on a worker thread.
 */

public class RateLimitFilter {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    public static final String RETRY_AFTER = "Retry-After";
    static final String SYSTEM_ROLE = "system";

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final RateLimitConfig config;
    private final RateLimiter limiter;

    public RateLimitFilter(RateLimitConfig config, RateLimiter limiter) {
        this.config = config;
        this.limiter = limiter;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 600)
    public Uni<Response> limit(ContainerRequestContext request, RoutingContext routing) {
        if (!applies(routing)) {
            return Uni.createFrom().nullItem();
        }
        return identity(routing)
                .chain(identity -> {
                    Context context = Vertx.currentContext();
                    Caller caller = caller(identity, routing);
                    RateLimiter.Decision leased = limiter.consumeLeased(caller.callerClass(), caller.id());
                    if (leased != null) {
                        return Uni.createFrom().item(leased);
                    }
                    if (context == null) {
                        return Uni.createFrom().item(() -> limiter.consume(caller.callerClass(), caller.id()));
                    }
                    return Uni.createFrom().completionStage(() -> context.executeBlocking(
                            () -> limiter.consume(caller.callerClass(), caller.id()), false).toCompletionStage());
                })
                .map(decision -> decide(decision, routing))
                .onFailure().recoverWithItem(failure -> {
                    // Fail open: a limiter that cannot reach its store must not take the API down with it.
                    LOG.warnf("Rate limit not applied to %s: %s", routing.normalizedPath(), failure.toString());
                    return null;
                });
    }

    /**
     * For a route that answers an anonymous request itself, on the event loop, in front of JAX-RS: whether the caller may
     * be answered now, from its lease, with the {@code RateLimit-*} headers set as this filter sets them. {@code false}
     * when the lease is empty or the caller is over its limit: then pass the request on, and this filter decides.
     */
    public boolean admitsAnonymousNow(RoutingContext routing) {
        if (!applies(routing)) {
            return true;
        }
        RateLimiter.Decision decision = limiter.consumeLeased(CallerClass.PUBLIC, clientAddress(routing));
        if (decision == null || !decision.allowed()) {
            return false;
        }
        decide(decision, routing);
        return true;
    }

    private boolean applies(RoutingContext routing) {
        return config.enabled() && routing.normalizedPath().startsWith(config.pathPrefix());
    }

    private Response decide(RateLimiter.Decision decision, RoutingContext routing) {
        MultiMap headers = routing.response().headers();
        headers.set(LIMIT, Long.toString(decision.limit()));
        headers.set(REMAINING, Long.toString(decision.remaining()));
        headers.set(RESET, Long.toString(decision.secondsToReset()));
        if (decision.allowed()) {
            return null;
        }
        ProblemType type = ProblemType.TOO_MANY_REQUESTS;
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                "Too many requests from this caller: at most " + decision.limit() + " in a burst. Retry after "
                        + decision.secondsToRetry() + " s.", routing.normalizedPath(), null);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(RETRY_AFTER, Long.toString(decision.secondsToRetry())).build();
    }

    /** The caller's identity if its token is valid; anonymous (null) without a token or with an invalid one. */
    private static Uni<SecurityIdentity> identity(RoutingContext routing) {
        if (routing.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY) == null && !(routing.user() instanceof QuarkusHttpUser)) {
            return Uni.createFrom().nullItem();
        }
        return QuarkusHttpUser.getSecurityIdentity(routing, null)
                .onFailure().recoverWithNull();
    }

    private record Caller(CallerClass callerClass, String id) {
    }

    private Caller caller(SecurityIdentity identity, RoutingContext routing) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller(CallerClass.PUBLIC, clientAddress(routing));
        }
        Principal principal = identity.getPrincipal();
        String subject = principal instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject() : principal.getName();
        return new Caller(identity.hasRole(SYSTEM_ROLE) ? CallerClass.SYSTEM : CallerClass.USER, subject);
    }

    /** The peer address, or what the nearest of {@code forwarded-for-hops} trusted proxies saw. */
    String clientAddress(RoutingContext routing) {
        String peer = routing.request().remoteAddress() == null ? "unknown" : routing.request().remoteAddress().host();
        int hops = config.forwardedForHops();
        if (hops <= 0) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        for (String header : routing.request().headers().getAll(FORWARDED_FOR)) {
            for (String address : header.split(",")) {
                if (!address.isBlank()) {
                    chain.add(address.strip());
                }
            }
        }
        // Fewer entries than trusted proxies: the request did not come through them, so the header is the client's own.
        return chain.size() < hops ? peer : chain.get(chain.size() - hops);
    }
}
