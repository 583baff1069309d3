package vn.gov.pressinfo.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.gov.pressinfo.notification.config.NotificationConfig;

/** The URL rules of each profile: prod (https, public addresses only) and local/test (anything http(s)). */
class WebhookUrlPolicyTest {

    @Test
    void productionRequiresHttpsAndRefusesInternalAddresses() {
        WebhookUrlPolicy prod = new WebhookUrlPolicy(config(true, false));
        assertThat(prod.refusal("http://93.184.215.14/hook")).contains("must use https");
        assertThat(prod.refusal("https://127.0.0.1/hook")).get().asString().contains("loopback");
        assertThat(prod.refusal("https://localhost/hook")).get().asString().contains("loopback");
        assertThat(prod.refusal("https://10.1.2.3/hook")).isPresent();
        assertThat(prod.refusal("https://192.168.1.10/hook")).isPresent();
        assertThat(prod.refusal("https://172.16.0.1/hook")).isPresent();
        assertThat(prod.refusal("https://169.254.169.254/latest/meta-data")).isPresent();
        assertThat(prod.refusal("https://100.64.0.1/hook")).isPresent();
        assertThat(prod.refusal("https://[::1]/hook")).isPresent();
        assertThat(prod.refusal("https://[fd00::1]/hook")).isPresent();
        assertThat(prod.refusal("https://user:pw@93.184.215.14/hook")).isPresent();
        assertThat(prod.refusal("https://93.184.215.14/hook")).isEmpty();
        assertThat(prod.refusal("not a url")).isPresent();
        assertThat(prod.refusal("ftp://93.184.215.14/x")).isPresent();
    }

    @Test
    void localAndTestAcceptLoopbackOverHttp() {
        WebhookUrlPolicy local = new WebhookUrlPolicy(config(false, true));
        assertThat(local.refusal("http://127.0.0.1:8089/hook")).isEmpty();
        assertThat(local.refusal("ftp://127.0.0.1/x")).isPresent();
    }

    @Test
    void signatureIsHmacSha256OverTimestampAndBody() {
        // Reference value computed with: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertThat(WebhookSignature.header("secret", 1700000000L, "{\"a\":1}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("secret", "1700000000.{\"a\":1}"));
        assertThat(WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    private static NotificationConfig config(boolean requireHttps, boolean allowPrivate) {
        NotificationConfig.Webhooks webhooks = new NotificationConfig.Webhooks() {
            public boolean requireHttps() {
                return requireHttps;
            }

            public boolean allowPrivate() {
                return allowPrivate;
            }

            public Duration timeout() {
                return Duration.ofSeconds(1);
            }
        };
        return new NotificationConfig() {
            public Optional<List<String>> departmentEmails() {
                return Optional.empty();
            }

            public Duration routingCacheTtl() {
                return Duration.ZERO;
            }

            public Dispatch dispatch() {
                return null;
            }

            public Webhooks webhooks() {
                return webhooks;
            }

            public Digest digest() {
                return null;
            }
        };
    }
}
