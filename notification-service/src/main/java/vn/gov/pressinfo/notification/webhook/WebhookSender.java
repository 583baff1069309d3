package vn.gov.pressinfo.notification.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.notification.config.NotificationConfig;
import vn.gov.pressinfo.notification.delivery.Channel;
import vn.gov.pressinfo.notification.delivery.ChannelSender;
import vn.gov.pressinfo.notification.delivery.ClaimedDelivery;
import vn.gov.pressinfo.notification.delivery.DeliveryFailure;
import vn.gov.pressinfo.notification.delivery.StoredEvent;
import vn.gov.pressinfo.notification.subscription.Subscription;
import vn.gov.pressinfo.notification.subscription.SubscriptionRepository;

/**
 * POSTs the CloudEvent in structured JSON mode to a subscription's URL, signed. Any 2xx is success;
 * anything else, or no answer within the timeout, is retried by the dispatcher.
 *
 * <p>Uses the JDK {@link HttpClient} rather than a REST client: the target URL is data (one per
 * subscription) rather than a configured base URL, the signature must cover the exact bytes sent, and
 * redirects must never be followed (a redirect could lead to an address the URL policy refuses).
 */
@ApplicationScoped
public class WebhookSender implements ChannelSender {

    private static final String SUBSCRIPTION_PREFIX = "subscription:";

    private final SubscriptionRepository subscriptions;
    private final WebhookUrlPolicy policy;
    private final NotificationConfig.Webhooks config;
    private final Clock clock;
    private final HttpClient http;

    public WebhookSender(SubscriptionRepository subscriptions, WebhookUrlPolicy policy, NotificationConfig config, Clock clock) {
        this.subscriptions = subscriptions;
        this.policy = policy;
        this.config = config.webhooks();
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(this.config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(ClaimedDelivery delivery, StoredEvent event) throws DeliveryFailure {
        Subscription subscription = subscription(delivery);
        Optional<String> refusal = policy.refusal(subscription.url);
        if (refusal.isPresent()) {
            throw DeliveryFailure.permanent("subscription URL " + refusal.get());
        }
        String body = cloudEvent(event);
        long t = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url))
                .timeout(config.timeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header(WebhookSignature.HEADER, WebhookSignature.header(subscription.secret, t, body))
                .header(WebhookSignature.EVENT_ID_HEADER, event.id())
                .header("User-Agent", "PressInfo-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw DeliveryFailure.transientFailure("HTTP: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.transientFailure("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw DeliveryFailure.transientFailure("HTTP " + response.statusCode() + " from " + subscription.url, null);
        }
    }

    private Subscription subscription(ClaimedDelivery delivery) throws DeliveryFailure {
        if (!delivery.recipient().startsWith(SUBSCRIPTION_PREFIX)) {
            throw DeliveryFailure.permanent("not a subscription: " + delivery.recipient());
        }
        UUID id = UUID.fromString(delivery.recipient().substring(SUBSCRIPTION_PREFIX.length()));
        Subscription s = QuarkusTransaction.requiringNew().call(() -> {
            Subscription found = subscriptions.findById(id);
            if (found != null) {
                found.eventTypes.size();
            }
            return found;
        });
        if (s == null || !s.active) {
            throw DeliveryFailure.permanent("subscription " + id + (s == null ? " was deleted" : " is inactive"));
        }
        return s;
    }

    /** The CloudEvents 1.0 structured-mode JSON of the event. */
    static String cloudEvent(StoredEvent event) {
        ObjectNode node = EventJson.mapper().createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", event.id());
        node.put("source", event.source());
        node.put("type", event.type());
        if (event.subject() != null) {
            node.put("subject", event.subject());
        }
        if (event.time() != null) {
            node.put("time", event.time().toString());
        }
        node.put("datacontenttype", "application/json");
        try {
            node.set("data", EventJson.mapper().readTree(event.data()));
            return EventJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " data is not JSON", e);
        }
    }
}
