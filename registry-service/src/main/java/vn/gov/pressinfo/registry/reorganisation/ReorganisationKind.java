package vn.gov.pressinfo.registry.reorganisation;

/** What a reorganisation does to the agencies it names. */
public enum ReorganisationKind {
    /** Several predecessors become one successor (hợp nhất, sáp nhập); the predecessors are dissolved. */
    MERGE,
    /** One predecessor becomes several successors (chia, tách); the predecessor is dissolved. */
    SPLIT,
    /** One agency gets a new name and possibly a new code (đổi tên); it stays the same agency. */
    RENAME,
    /** One agency ends (giải thể), without successor or with one that takes over its work. */
    DISSOLVE
}
