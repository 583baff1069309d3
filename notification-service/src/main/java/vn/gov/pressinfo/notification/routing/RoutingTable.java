package vn.gov.pressinfo.notification.routing;

import java.util.EnumMap;
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
 * {@code pressinfo.notification.routing-cache-ttl}: rules, department recipients (per agency, those without agency,
 * the configured ones), active subscriptions and mutes. An edit through this replica drops the cache at once; through
 * another, it shows after the TTL. Routing thousands of events per second would otherwise cost four queries each.
 * Which agency holds the department role is not cached here: it changes through the platform's agency consumer,
 * which cannot drop this cache, so the router asks the role read model for each department notice.
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
                .add(new Rule(r.recipientKind, r.whenField, r.whenValue, r.agencyField)));
        DepartmentEmails emails = loadDepartment();
        Map<String, List<UUID>> subscribers = new HashMap<>();
        subscriptions.active().forEach(s -> s.eventTypes.forEach(t -> subscribers.computeIfAbsent(t, k -> new java.util.ArrayList<>()).add(s.id)));
        Set<String> muted = new HashSet<>();
        preferences.listAll().forEach(p -> muted.add(muteKey(p.audience, p.eventType, p.channel)));
        return new Snapshot(kinds, emails, subscribers, muted, System.nanoTime());
    }

    /** The department recipients' addresses as now recorded and configured, read afresh (call in a transaction). */
    public DepartmentEmails loadDepartment() {
        Map<UUID, List<String>> byAgency = new HashMap<>();
        List<String> withoutAgency = new java.util.ArrayList<>();
        departmentRecipients.all().forEach(r -> {
            String email = r.email.toLowerCase(Locale.ROOT);
            if (r.agencyId == null) {
                withoutAgency.add(email);
            } else {
                byAgency.computeIfAbsent(r.agencyId, a -> new java.util.ArrayList<>()).add(email);
            }
        });
        List<String> configured = config.departmentEmails().orElse(List.of()).stream().map(String::trim).filter(e -> !e.isEmpty())
                .map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        return new DepartmentEmails(Map.copyOf(byAgency), List.copyOf(withoutAgency), configured);
    }

    private static String muteKey(String audience, String eventType, Channel channel) {
        return audience + '|' + eventType + '|' + channel;
    }

    /**
     * One rule as routing reads it: a recipient kind, with the condition on the event data it may have and, for AGENCY,
     * the field of the event data that names the agency (null: {@code agencyIds} or {@code agencyId}).
     */
    public record Rule(RecipientKind kind, String whenField, String whenValue, String agencyField) {
    }

    /**
     * The department recipients' addresses (lower case): those recorded per agency, those recorded without agency
     * (before recipients belonged to an agency) and the configured ones ({@code pressinfo.notification.department-emails}).
     */
    public record DepartmentEmails(Map<UUID, List<String>> byAgency, List<String> withoutAgency, List<String> configured) {

        public List<String> ofAgency(UUID agencyId) {
            return byAgency.getOrDefault(agencyId, List.of());
        }
    }

    /** One consistent view of the routing data. */
    public record Snapshot(Map<String, List<Rule>> kinds, DepartmentEmails department,
            Map<String, List<UUID>> subscribers, Set<String> muted, long loadedAt) {

        /** The rules of an event of this type with this data whose condition holds, by recipient kind. */
        public Map<RecipientKind, Rule> rulesOf(String eventType, JsonNode data) {
            Map<RecipientKind, Rule> result = new EnumMap<>(RecipientKind.class);
            for (Rule rule : kinds.getOrDefault(eventType, List.of())) {
                if (RoutingRule.holds(rule.whenField(), rule.whenValue(), data)) {
                    result.put(rule.kind(), rule);
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
