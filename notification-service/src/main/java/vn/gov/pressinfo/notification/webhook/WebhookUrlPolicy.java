package vn.gov.pressinfo.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.notification.config.NotificationConfig;

/**
 * Which webhook targets are acceptable: absolute http(s) URLs without user info; https only when
 * {@code pressinfo.notification.webhooks.require-https} (the prod profile); no loopback, link-local,
 * private (RFC 1918, fc00::/7), wildcard or multicast address unless {@code allow-private} (the local and
 * test profiles), so a subscription cannot make the service call into the internal network. Checked when
 * a subscription is saved and again before each call, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    private final NotificationConfig.Webhooks config;

    public WebhookUrlPolicy(NotificationConfig config) {
        this.config = config.webhooks();
    }

    /** @return why the URL is refused, or empty when it is acceptable */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be an http or https URL");
        }
        if (config.requireHttps() && !scheme.equals("https")) {
            return Optional.of("must use https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry user credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        if (config.allowPrivate()) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + uri.getHost());
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                return Optional.of("resolves to a loopback, private or link-local address (" + a.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8.
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        // fc00::/7 unique local addresses.
        return (b[0] & 0xfe) == 0xfc;
    }
}
