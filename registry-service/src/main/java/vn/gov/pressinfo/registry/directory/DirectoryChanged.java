package vn.gov.pressinfo.registry.directory;

/**
 * Fired (CDI event) in a transaction that changes what the public directory shows; the directory's
 * cache is dropped once that transaction commits.
 */
public record DirectoryChanged() {
}
