package vn.gov.pressinfo.registry.spokesperson;

import vn.gov.pressinfo.registry.Labelled;

/**
 * Kind of spokesperson: the head of the agency (người đứng đầu), who speaks by default, or an
 * appointed spokesperson (người được giao nhiệm vụ phát ngôn). Authorized spokespersons are
 * {@link vn.gov.pressinfo.registry.authorization.Authorization}s.
 */
public enum SpokespersonKind implements Labelled {
    HEAD("Người đứng đầu"),
    APPOINTED("Người phát ngôn");

    private final String label;

    SpokespersonKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
