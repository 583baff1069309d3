package vn.gov.pressinfo.web.publicpage;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code pressinfo.public-pages.*}: how long and how much {@link PublicPageCache} keeps. */
@ConfigMapping(prefix = "pressinfo.public-pages")
public interface PublicPageConfig {

    /**
     * How long a rendered page is kept: the longest a change committed through another replica takes to show here (this
     * replica drops its pages on commit). {@code 0s}: nothing is kept.
     */
    @WithDefault("5s")
    Duration ttl();

    /** Bound of the bytes kept (bodies and Link headers), over every page family of the service. */
    @WithDefault("33554432")
    long maxBytes();
}
