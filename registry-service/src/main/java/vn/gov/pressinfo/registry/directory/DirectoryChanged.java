package vn.gov.pressinfo.registry.directory;

/**
 * Fired (CDI event) in a transaction that changes what a public list shows (the spokesperson directory, the representative
 * offices, the resident reporters); the cache of {@link PublicPages} is dropped once that transaction commits.
 */
public record DirectoryChanged() {
}
