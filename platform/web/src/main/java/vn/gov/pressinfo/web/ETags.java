package vn.gov.pressinfo.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: the {@code ETag} of an entity is its version; an update must
 * send it back in {@code If-Match}.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks {@code If-Match} against the current version.
     *
     * @throws ProblemException 428 when the header is missing, 412 when it names another version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This update requires an If-Match header with the ETag of the current representation.");
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource has changed since it was read: current ETag is \"" + current + "\". Read it again and retry.");
    }
}
