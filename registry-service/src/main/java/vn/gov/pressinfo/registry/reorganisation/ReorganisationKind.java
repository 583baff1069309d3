package vn.gov.pressinfo.registry.reorganisation;

import vn.gov.pressinfo.registry.Labelled;

/** What a reorganisation does to the agencies it names. */
public enum ReorganisationKind implements Labelled {
    /** Several predecessors become one successor (hợp nhất, sáp nhập); the predecessors are dissolved. */
    MERGE("Hợp nhất, sáp nhập"),
    /** One predecessor becomes several successors (chia, tách); the predecessor is dissolved. */
    SPLIT("Chia, tách"),
    /** One agency gets a new name and possibly a new code (đổi tên); it stays the same agency. */
    RENAME("Đổi tên"),
    /** One agency ends (giải thể), without successor or with one that takes over its work. */
    DISSOLVE("Giải thể");

    private final String label;

    ReorganisationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
