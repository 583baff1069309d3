package vn.gov.pressinfo.web.publicpage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
 */
@ApplicationScoped
public class PublicPageCache {

    private record Key(String family, Object query) {
    }

    private record Kept(RenderedPage page, long generation) {
    }

    private final Cache<Key, Kept> pages;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final boolean keeps;

    public PublicPageCache(PublicPageConfig config, ObjectMapper json) {
        this.json = json;
        this.keeps = !config.ttl().isZero() && !config.ttl().isNegative();
        Caffeine<Key, Kept> builder = Caffeine.newBuilder().maximumWeight(config.maxBytes())
                .weigher((Key key, Kept kept) -> kept.page().weight());
        this.pages = (keeps ? builder.expireAfterWrite(config.ttl()) : builder).build();
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
            return kept.page();
        }
        RenderedPage page = render.get();
        if (keeps) {
            pages.put(key, new Kept(page, current));
        }
        return page;
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
