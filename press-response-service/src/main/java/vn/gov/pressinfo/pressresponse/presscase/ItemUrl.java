package vn.gov.pressinfo.pressresponse.presscase;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.gov.pressinfo.web.ProblemException;

/**
 * The normalised form of an item's address, under which a case is unique: lower-case scheme and host, no
 * fragment, no trailing slash, without the {@code utm_*} tracking parameters. Two links to the same article
 * (shared from social media, say) thus find the same case.
 */
public final class ItemUrl {

    private ItemUrl() {
    }

    /** @throws ProblemException 422 when {@code url} is not an absolute http(s) address */
    public static String normalize(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ProblemException.unprocessable("url", "is not a valid address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw ProblemException.unprocessable("url", "must be an absolute http or https address");
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getPort() != -1) {
            out.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        out.append(path);
        String query = uri.getRawQuery();
        if (query != null) {
            String kept = Arrays.stream(query.split("&"))
                    .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
                    .collect(Collectors.joining("&"));
            if (!kept.isEmpty()) {
                out.append('?').append(kept);
            }
        }
        return out.toString();
    }
}
