package vn.gov.pressinfo.notification.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.pressinfo.agencydirectory.SpokespersonDirectory;
import vn.gov.pressinfo.agencydirectory.SpokespersonReference;
import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.InvalidEventException;
import vn.gov.pressinfo.notification.delivery.Channel;
import vn.gov.pressinfo.notification.delivery.DeliveryStatus;
import vn.gov.pressinfo.notification.delivery.DeliveryInsertQueries;
import vn.gov.pressinfo.notification.delivery.PlannedDelivery;
import vn.gov.pressinfo.notification.delivery.StoredEvent;
import vn.gov.pressinfo.notification.department.DepartmentRouting;
import vn.gov.pressinfo.notification.inbox.PlannedInboxItem;
import vn.gov.pressinfo.notification.message.NoticeTemplates;
import vn.gov.pressinfo.notification.routing.Audience;
import vn.gov.pressinfo.notification.routing.RecipientKind;
import vn.gov.pressinfo.notification.routing.RoutingTable;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * Turns one event into deliveries, following the routing rules: for the concerned agency (named by the rule's
 * agency field, by default the payload's agencies, {@link AgencyScoped}: {@code agencyId}, or {@code agencyIds} of a
 * report request) its current spokesperson's email and its in-app inbox; for the department, the agency that held the department role on the event's date ({@link DepartmentRouting}):
 * its officers' emails and its inbox; for subscribers one webhook each. Skips what the recipient muted. Writes everything
 * in the caller's transaction; sending is the dispatcher's job. The event's data is the payload record the consumer
 * parsed; rule conditions, a rule's agency field and the notice wording read that record's fields as JSON (the
 * fields of its schema), so the JSON text is not read again.
 */
@ApplicationScoped
public class NotificationRouter {

    private static final Logger LOG = Logger.getLogger(NotificationRouter.class);

    private final RoutingTable routing;
    private final SpokespersonDirectory spokespersons;
    private final DeliveryInsertQueries writer;
    private final NoticeTemplates templates;
    private final BusinessTime time;
    private final DepartmentRouting department;

    public NotificationRouter(RoutingTable routing, SpokespersonDirectory spokespersons, DeliveryInsertQueries writer,
            NoticeTemplates templates, BusinessTime time, DepartmentRouting department) {
        this.routing = routing;
        this.department = department;
        this.spokespersons = spokespersons;
        this.writer = writer;
        this.templates = templates;
        this.time = time;
    }

    /**
     * @param payload the event's data, parsed into its payload record
     * @return the number of new deliveries
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int route(StoredEvent event, EventPayload payload) {
        RoutingTable.Snapshot rules = routing.current();
        JsonNode data = EventJson.mapper().valueToTree(payload);
        Map<RecipientKind, RoutingTable.Rule> kinds = rules.rulesOf(event.type(), data);
        if (kinds.isEmpty()) {
            return 0;
        }
        List<PlannedDelivery> deliveries = new ArrayList<>();
        List<PlannedInboxItem> items = new ArrayList<>();
        Map<String, Object> view = null;
        if (kinds.containsKey(RecipientKind.AGENCY) || kinds.containsKey(RecipientKind.DEPARTMENT)) {
            view = NoticeTemplates.view(data);
        }
        if (kinds.containsKey(RecipientKind.AGENCY)) {
            for (UUID agencyId : agencies(event, payload, data, kinds.get(RecipientKind.AGENCY).agencyField())) {
                Audience audience = Audience.agency(agencyId);
                if (!rules.isMuted(audience, event.type(), Channel.EMAIL)) {
                    deliveries.add(spokespersonEmail(agencyId));
                }
                if (!rules.isMuted(audience, event.type(), Channel.INBOX)) {
                    deliveries.add(inbox(audience, RecipientKind.AGENCY));
                    items.add(new PlannedInboxItem(audience, templates.title(event.type(), view), templates.summary(event.type(), view)));
                }
            }
        }
        if (kinds.containsKey(RecipientKind.DEPARTMENT)) {
            // The department is the agency that held the role on the event's date; its mutes are press-admin's.
            DepartmentRouting.Route route = department.on(date(event), rules.department());
            if (!rules.isMuted(Audience.DEPARTMENT, event.type(), Channel.EMAIL)) {
                if (route.emails().isEmpty()) {
                    deliveries.add(new PlannedDelivery(Channel.EMAIL, Audience.DEPARTMENT.key(), RecipientKind.DEPARTMENT, null,
                            DeliveryStatus.FAILED, route.noRecipientReason()));
                }
                for (String email : route.emails()) {
                    deliveries.add(PlannedDelivery.pending(Channel.EMAIL, email, RecipientKind.DEPARTMENT, null));
                }
            }
            if (!rules.isMuted(Audience.DEPARTMENT, event.type(), Channel.INBOX)) {
                Audience inbox = route.inbox();
                deliveries.add(inbox(inbox, RecipientKind.DEPARTMENT));
                items.add(new PlannedInboxItem(inbox, templates.title(event.type(), view), templates.summary(event.type(), view)));
            }
        }
        if (kinds.containsKey(RecipientKind.SUBSCRIBERS)) {
            for (UUID subscription : rules.subscribersOf(event.type())) {
                deliveries.add(PlannedDelivery.pending(Channel.WEBHOOK, "subscription:" + subscription, RecipientKind.SUBSCRIBERS, null));
            }
        }
        if (deliveries.isEmpty()) {
            return 0;
        }
        int created = writer.write(event, deliveries, items, time.now());
        LOG.debugf("Event %s (%s): %d new deliveries", event.id(), event.type(), created);
        return created;
    }

    private PlannedDelivery spokespersonEmail(UUID agencyId) {
        return spokespersons.current(agencyId, time.today())
                .filter(p -> p.email != null && !p.email.isBlank())
                .map(p -> PlannedDelivery.pending(Channel.EMAIL, email(p), RecipientKind.AGENCY, agencyId))
                .orElseGet(() -> new PlannedDelivery(Channel.EMAIL, Audience.agency(agencyId).key(), RecipientKind.AGENCY, agencyId,
                        DeliveryStatus.FAILED, "no current spokesperson with an email is known for agency " + agencyId));
    }

    private static String email(SpokespersonReference person) {
        return person.email.trim().toLowerCase(Locale.ROOT);
    }

    private static PlannedDelivery inbox(Audience audience, RecipientKind kind) {
        return new PlannedDelivery(Channel.INBOX, audience.key(), kind, audience.agencyId(), DeliveryStatus.SENT, null);
    }

    /** The business date of an event (Asia/Ho_Chi_Minh) from its occurrence time; today when it has none. */
    private LocalDate date(StoredEvent event) {
        return event.time() == null ? time.today() : LocalDate.ofInstant(event.time(), BusinessTime.ZONE);
    }

    /**
     * The agencies an event concerns: those named by the rule's agency field (a UUID or a list of them), or by default
     * the payload's ({@link AgencyScoped}; none for a payload about no agency). A field that is absent or null names none.
     */
    static Set<UUID> agencies(StoredEvent event, EventPayload payload, JsonNode data, String agencyField) {
        if (agencyField == null) {
            return payload instanceof AgencyScoped scoped ? new LinkedHashSet<>(scoped.agencyIds()) : Set.of();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        try {
            JsonNode named = data.path(agencyField);
            if (named.isArray()) {
                named.forEach(n -> ids.add(UUID.fromString(n.asText())));
            } else if (!named.isMissingNode() && !named.isNull()) {
                ids.add(UUID.fromString(named.asText()));
            }
        } catch (Exception e) {
            throw new InvalidEventException("event " + event.id() + " has no readable agency: " + e.getMessage());
        }
        return ids;
    }
}
