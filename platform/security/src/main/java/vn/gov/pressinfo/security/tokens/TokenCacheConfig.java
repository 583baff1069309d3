package vn.gov.pressinfo.security.tokens;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code pressinfo.security.token-cache.*}: how many verified bearer tokens are remembered, and for how long (docs/adr/0011). */
@ConfigMapping(prefix = "pressinfo.security.token-cache")
public interface TokenCacheConfig {

    /** Most tokens remembered at once; the least recently used go first. 0 turns the cache off. */
    @WithDefault("1000")
    int maxSize();

    /** Longest a token is remembered after its verification; never past its own {@code exp}. */
    @WithDefault("PT5M")
    Duration maxAge();
}
