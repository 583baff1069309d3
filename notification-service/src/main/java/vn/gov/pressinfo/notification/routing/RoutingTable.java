package vn.gov.pressinfo.notification.routing;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.pressinfo.notification.config.NotificationConfig;
import vn.gov.pressinfo.notification.delivery.Channel;
import vn.gov.pressinfo.notification.department.DepartmentRecipientRepository;
import vn.gov.pressinfo.notification.preference.PreferenceRepository;
import vn.gov.pressinfo.notification.subscription.SubscriptionRepository;

/**
 * What the consumer needs to route one event, read from the database and kept by this replica for
 * {@code pressinfo.notification.routing-cache-ttl}: rules, department emails, active subscriptions and
 * mutes. An edit through this replica drops the cache at once; through another, it shows after the TTL.
 * Routing thousands of events per second would otherwise cost four queries each.
 */
@ApplicationScoped
public class RoutingTable {

    private final RoutingRuleRepository rules;
    private final DepartmentRecipientRepository departmentRecipients;
    private final SubscriptionRepository subscriptions;
    private final PreferenceRepository preferences;
    private final NotificationConfig config;
    private volatile Snapshot snapshot;
    /** Bumped by every local edit, so a snapshot loaded while an edit committed is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public RoutingTable(RoutingRuleRepository rules, DepartmentRecipientRepository departmentRecipients,
            SubscriptionRepository subscriptions, PreferenceRepository preferences, NotificationConfig config) {
        this.rules = rules;
        this.departmentRecipients = departmentRecipients;
        this.subscriptions = subscriptions;
        this.preferences = preferences;
        this.config = config;
    }

    /** The current snapshot; must be called inside a transaction when it may need to be reloaded. */
    public Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt > config.routingCacheTtl().toNanos()) {
            long before = generation.get();
            s = load();
            if (generation.get() == before) {
                snapshot = s;
            }
        }
        return s;
    }

    /** Called after an edit of rules, recipients, subscriptions or preferences through this replica. */
    public void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }

    private Snapshot load() {
        Map<String, List<Rule>> kinds = new HashMap<>();
        rules.listAll().forEach(r -> kinds.computeIfAbsent(r.eventType, t -> new java.util.ArrayList<>())
                .add(new Rule(r.recipientKind, r.whenField, r.whenValue)));
        List<String> emails = departmentRecipients.all().stream().map(r -> r.email.toLowerCase(Locale.ROOT)).toList();
        if (emails.isEmpty()) {
            emails = config.departmentEmails().orElse(List.of()).stream().map(String::trim).filter(e -> !e.isEmpty())
                    .map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        }
        Map<String, List<UUID>> subscribers = new HashMap<>();
        subscriptions.active().forEach(s -> s.eventTypes.forEach(t -> subscribers.computeIfAbsent(t, k -> new java.util.ArrayList<>()).add(s.id)));
        Set<String> muted = new HashSet<>();
        preferences.listAll().forEach(p -> muted.add(muteKey(p.audience, p.eventType, p.channel)));
        return new Snapshot(kinds, emails, subscribers, muted, System.nanoTime());
    }

    private static String muteKey(String audience, String eventType, Channel channel) {
        return audience + '|' + eventType + '|' + channel;
    }

    /** One rule as routing reads it: a recipient kind, with the condition on the event data it may have. */
    public record Rule(RecipientKind kind, String whenField, String whenValue) {
    }

    /** One consistent view of the routing data. */
    public record Snapshot(Map<String, List<Rule>> kinds, List<String> departmentEmails,
            Map<String, List<UUID>> subscribers, Set<String> muted, long loadedAt) {

        /** The recipient kinds of an event of this type with this data (the rules whose condition holds). */
        public Set<RecipientKind> kindsOf(String eventType, JsonNode data) {
            Set<RecipientKind> result = EnumSet.noneOf(RecipientKind.class);
            for (Rule rule : kinds.getOrDefault(eventType, List.of())) {
                if (RoutingRule.holds(rule.whenField(), rule.whenValue(), data)) {
                    result.add(rule.kind());
                }
            }
            return result;
        }

        public List<UUID> subscribersOf(String eventType) {
            return subscribers.getOrDefault(eventType, List.of());
        }

        public boolean isMuted(Audience audience, String eventType, Channel channel) {
            return muted.contains(muteKey(audience.key(), eventType, channel));
        }
    }

}
