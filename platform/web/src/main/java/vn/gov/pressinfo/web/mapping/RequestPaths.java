package vn.gov.pressinfo.web.mapping;

import jakarta.ws.rs.core.UriInfo;

final class RequestPaths {

    private RequestPaths() {
    }

    /** The request path for the problem {@code instance}; null when not inside a request. */
    static String of(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
