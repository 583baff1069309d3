package vn.gov.pressinfo.notification.subscription;

import java.time.Clock;
import java.util.HashSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.notification.routing.RoutingTable;
import vn.gov.pressinfo.notification.webhook.WebhookUrlPolicy;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;

/** Creates, lists and changes webhook subscriptions; validates their URL and event types. */
@ApplicationScoped
public class SubscriptionService {

    private final SubscriptionRepository repository;
    private final WebhookUrlPolicy policy;
    private final RoutingTable table;
    private final Clock clock;

    public SubscriptionService(SubscriptionRepository repository, WebhookUrlPolicy policy, RoutingTable table, Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.table = table;
        this.clock = clock;
    }

    @Transactional
    public Subscription create(SubscriptionRequest request, String by) {
        SubscriptionRequest.requireSecret(request);
        validate(request);
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.createdAt = clock.instant();
        s.createdBy = by;
        apply(s, request);
        repository.persist(s);
        table.invalidate();
        return s;
    }

    @Transactional
    public Subscription replace(UUID id, SubscriptionRequest request) {
        Subscription s = get(id);
        validate(request);
        apply(s, request);
        table.invalidate();
        return s;
    }

    @Transactional
    public Subscription get(UUID id) {
        Subscription s = repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No subscription " + id + "."));
        s.eventTypes.size();
        return s;
    }

    public Page<SubscriptionResponse> page(PageRequest page) {
        return repository.page(page);
    }

    private void validate(SubscriptionRequest request) {
        policy.refusal(request.url().trim()).ifPresent(why -> {
            throw ProblemException.unprocessable("url", "The URL " + why + ".");
        });
        for (String type : request.eventTypes()) {
            if (Events.byType(type).filter(t -> !Topics.REGISTRY_AGENCIES.equals(t.topic())).isEmpty()) {
                throw ProblemException.unprocessable("eventTypes", "No event type " + type + " in the catalogue of notified events.");
            }
        }
    }

    private void apply(Subscription s, SubscriptionRequest request) {
        s.url = request.url().trim();
        s.eventTypes.clear();
        s.eventTypes.addAll(new HashSet<>(request.eventTypes()));
        if (request.secret() != null) {
            s.secret = request.secret();
        }
        s.description = request.description() == null || request.description().isBlank() ? null : request.description().trim();
        s.active = request.isActive();
        s.updatedAt = clock.instant();
    }
}
