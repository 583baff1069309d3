package vn.gov.pressinfo.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-PressInfo-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">}
 * keyed with the subscription's secret. A receiver recomputes it over the bytes it received and rejects
 * old timestamps to stop replays.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-PressInfo-Signature";
    public static final String EVENT_ID_HEADER = "X-PressInfo-Event-Id";

    private WebhookSignature() {
    }

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    public static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
