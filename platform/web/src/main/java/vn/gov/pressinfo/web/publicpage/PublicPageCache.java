package vn.gov.pressinfo.web.publicpage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The suite's one way to serve a public, anonymous page cheaply (the spokesperson directory, the public press lists, the
 * statement and rebuttal feeds): the page is kept <em>serialized</em>, per page family and query (filters, page, size and
 * representation: JSON, CSV, Atom...), so that a repeated request costs a map lookup and writing bytes, with no database
 * round trip and no serializer. {@link RenderedPage#response} then answers 200 with the bytes or 304 on a matching
 * {@code If-None-Match}, with a strong ETag computed from the bytes.
 *
 * <p><b>Freshness.</b> A transaction that changes what a family shows fires {@link PublicPagesChanged}; when it commits,
 * the family's pages are dropped, so a change made through this replica shows on the next request, with a new ETag. A page
 * rendered while such a transaction committed is never served afterwards: each family has a generation, read before the page
 * is loaded and kept with it, and a commit moves it on. Other replicas do not hear of the change: they keep their pages for
 * {@code pressinfo.public-pages.ttl} (5 s by default, a few seconds at most), so a change made elsewhere shows within that
 * time, well within the {@code max-age=60} every public page allows any HTTP cache anyway.
 *
 * <p><b>Bounds.</b> At most {@code pressinfo.public-pages.max-bytes} (32 MiB by default) of bodies and headers, over every
 * family; the least used pages go first (Caffeine). Each distinct query is an entry, so callers normalise their queries
 * (folded search text, trimmed filters) before asking.
 *
 * <p>The {@code Link} header is kept with the page: it is that of the request that rendered it, a request for the same
 * query, which names the same pages.
 *
 * <p><b>Repeated requests.</b> Each request answered through {@link #get} is also remembered by what it asked (scheme,
 * host, request target, {@code Accept} and forwarding headers), so that {@link PublicPageRoute} can answer the same
 * request again on the event loop, in front of JAX-RS, without parsing parameters or hopping to a worker thread. Such a
 * request is mapped to its query for {@code ttl} at most, so a page that names "today" may be answered from the day before
 * for that long after midnight.
 */
@ApplicationScoped
public class PublicPageCache {

    private record Key(String family, Object query) {
    }

    private record Kept(RenderedPage page, long generation) {
    }

    /** What a request asked, as {@link PublicPageRoute} sees it before any parameter is read. */
    record Request(String scheme, String authority, String target, String accept, String forwarded) {

        static Request of(HttpServerRequest request) {
            MultiMap headers = request.headers();
            String forwarded = headers.contains(FORWARDED) || headers.contains(X_FORWARDED_HOST) || headers.contains(X_FORWARDED_PROTO)
                    || headers.contains(X_FORWARDED_PREFIX)
                            ? headers.get(FORWARDED) + "|" + headers.get(X_FORWARDED_HOST) + "|" + headers.get(X_FORWARDED_PROTO)
                                    + "|" + headers.get(X_FORWARDED_PREFIX)
                            : null;
            return new Request(request.scheme(), String.valueOf(request.authority()), request.uri(),
                    headers.get(HttpHeaders.ACCEPT), forwarded);
        }
    }

    private static final String FORWARDED = "Forwarded";
    private static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    private static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    private static final String X_FORWARDED_PREFIX = "X-Forwarded-Prefix";
    /** Distinct requests remembered; each costs about as much as its URL. */
    private static final int MAX_REQUESTS = 20_000;

    private final Cache<Key, Kept> pages;
    private final Cache<Request, Key> requests;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final Instance<CurrentVertxRequest> currentRequest;
    private final boolean keeps;

    /** Without the current request: {@link #kept} finds nothing (for tests of the keeping alone). */
    PublicPageCache(PublicPageConfig config, ObjectMapper json) {
        this(config, json, null);
    }

    @Inject
    public PublicPageCache(PublicPageConfig config, ObjectMapper json, Instance<CurrentVertxRequest> currentRequest) {
        this.json = json;
        this.currentRequest = currentRequest;
        this.keeps = !config.ttl().isZero() && !config.ttl().isNegative();
        Caffeine<Key, Kept> builder = Caffeine.newBuilder().maximumWeight(config.maxBytes())
                .weigher((Key key, Kept kept) -> kept.page().weight());
        this.pages = (keeps ? builder.expireAfterWrite(config.ttl()) : builder).build();
        this.requests = Caffeine.newBuilder().maximumSize(keeps ? MAX_REQUESTS : 0)
                .expireAfterWrite(keeps ? config.ttl() : Duration.ZERO).build();
    }

    /**
     * The page of {@code family} for {@code query}, rendered by {@code render} only when no fresh one is kept.
     *
     * @param family names the pages that one kind of change drops together (see {@link PublicPagesChanged})
     * @param query  a value (a record) naming everything the bytes depend on: filters, page, size, representation, and the
     *               day when the page shows what is in force today
     * @param render loads the page and serializes it; runs without any lock, concurrent misses may each render
     */
    public RenderedPage get(String family, Object query, Supplier<RenderedPage> render) {
        AtomicLong generation = generation(family);
        Key key = new Key(family, query);
        long current = generation.get(); // before the load: a commit from now on makes what is loaded stale
        Kept kept = pages.getIfPresent(key);
        if (kept != null && kept.generation() == current) {
            remember(key);
            return kept.page();
        }
        RenderedPage page = render.get();
        if (keeps) {
            pages.put(key, new Kept(page, current));
            remember(key);
        }
        return page;
    }

    /**
     * The page kept for a request that was answered through {@link #get} within {@code ttl}, if it is still fresh;
     * {@code null} otherwise. Does not block.
     */
    RenderedPage kept(HttpServerRequest request) {
        Key key = requests.getIfPresent(Request.of(request));
        if (key == null) {
            return null;
        }
        Kept kept = pages.getIfPresent(key);
        return kept != null && kept.generation() == generation(key.family()).get() ? kept.page() : null;
    }

    /** Maps the request being answered (a GET through JAX-RS) to {@code key}, for {@link #kept}. */
    private void remember(Key key) {
        ManagedContext context = Arc.container() == null ? null : Arc.container().requestContext();
        if (currentRequest == null || context == null || !context.isActive()) {
            return;
        }
        RoutingContext routing = currentRequest.get().getCurrent();
        if (routing != null && routing.request().method() == HttpMethod.GET) {
            requests.put(Request.of(routing.request()), key);
        }
    }

    /** Drops the pages of {@code family} at once (the observer below does it on commit). */
    public void invalidate(String family) {
        generation(family).incrementAndGet();
        pages.asMap().keySet().removeIf(key -> key.family().equals(family));
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicPagesChanged change) {
        invalidate(change.family());
    }

    /** {@code value} as JSON bytes, with the application's ObjectMapper (the same output as a JAX-RS JSON response). */
    public byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes kept, once pending evictions have run (Caffeine evicts asynchronously). */
    long keptBytes() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    private AtomicLong generation(String family) {
        AtomicLong generation = generations.get(family);
        return generation != null ? generation : generations.computeIfAbsent(family, f -> new AtomicLong());
    }
}
