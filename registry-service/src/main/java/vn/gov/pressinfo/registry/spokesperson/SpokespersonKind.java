package vn.gov.pressinfo.registry.spokesperson;

/**
 * Kind of spokesperson: the head of the agency (người đứng đầu), who speaks by default, or an
 * appointed spokesperson (người được giao nhiệm vụ phát ngôn). Authorized spokespersons are
 * {@link vn.gov.pressinfo.registry.authorization.Authorization}s.
 */
public enum SpokespersonKind {
    HEAD,
    APPOINTED
}
