package vn.gov.pressinfo.notification.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Typed configuration of notification-service ({@code pressinfo.notification.*}). */
@ConfigMapping(prefix = "pressinfo.notification")
public interface NotificationConfig {

    /**
     * The last fallback for department notices (comma-separated): used only while registry-service has published no
     * term of the PRESS_MANAGEMENT_DEPARTMENT role and no department recipient without agency is recorded.
     */
    Optional<List<String>> departmentEmails();

    /** How long routing rules, recipients, subscriptions and preferences are cached by one replica. */
    @WithDefault("2s")
    Duration routingCacheTtl();

    Dispatch dispatch();

    Webhooks webhooks();

    Digest digest();

    /** The dispatcher that sends pending deliveries. */
    interface Dispatch {

        /** How often each replica looks for due deliveries ({@code off} disables the schedule). */
        @WithDefault("1s")
        String every();

        /** Deliveries claimed per round. */
        @WithDefault("100")
        int batchSize();

        /** Deliveries of one batch sent at the same time (SMTP connections, webhook calls). */
        @WithDefault("8")
        int parallelism();

        /** Attempts before a delivery is given up as FAILED (1 to 100; the API documents attempts up to 100). */
        @WithDefault("8")
        @WithConverter(MaxAttemptsConverter.class)
        int maxAttempts();

        /** Delay before the second attempt; doubles with each attempt, with jitter. */
        @WithDefault("10s")
        Duration initialBackoff();

        /** Upper bound of the delay between attempts. */
        @WithDefault("30m")
        Duration maxBackoff();

        /** A claimed delivery whose replica died is claimed again after this long. */
        @WithDefault("2m")
        Duration lease();
    }

    /** Webhook deliveries and the validation of subscription URLs. */
    interface Webhooks {

        /** Refuse subscription URLs that are not https (true in the prod profile). */
        @WithDefault("true")
        boolean requireHttps();

        /** Accept loopback, link-local and private-range targets (only the local and test profiles). */
        @WithDefault("false")
        boolean allowPrivate();

        /** Connect and response timeout of one webhook call. */
        @WithDefault("10s")
        Duration timeout();
    }

    /** The department's daily digest. */
    interface Digest {

        /** Hour of the day (Asia/Ho_Chi_Minh) from which the day's digest is sent. */
        @WithDefault("7")
        int hour();

        /** How often the digest job checks whether today's digest is due ({@code off} disables it). */
        @WithDefault("1m")
        String every();
    }
}
