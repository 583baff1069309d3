package vn.gov.pressinfo.web.ratelimit;

/** The three kinds of caller that have limits of their own. */
public enum CallerClass {
    /** No valid token: limited per client address. */
    PUBLIC,
    /** A valid token: limited per token subject. */
    USER,
    /** A token with the {@code system} role (machine clients): limited per token subject. */
    SYSTEM
}
