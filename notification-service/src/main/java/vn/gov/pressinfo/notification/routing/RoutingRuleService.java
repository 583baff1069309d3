package vn.gov.pressinfo.notification.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.events.EventType;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.web.ProblemException;

/** Lists and edits the routing rules; the catalogue of event types is the list of what may be routed. */
@ApplicationScoped
public class RoutingRuleService {

    private static final Logger LOG = Logger.getLogger(RoutingRuleService.class);

    private final RoutingRuleRepository repository;
    private final RoutingTable table;

    public RoutingRuleService(RoutingRuleRepository repository, RoutingTable table) {
        this.repository = repository;
        this.table = table;
    }

    @Transactional
    public List<RoutingRuleResponse> list() {
        return Events.ALL.stream().map(EventType::type).map(this::rule).toList();
    }

    @Transactional
    public RoutingRuleResponse replace(String eventType, Set<RecipientKind> kinds, String by) {
        if (Events.byType(eventType).isEmpty()) {
            throw ProblemException.notFound("No event type " + eventType + " in the catalogue.");
        }
        // A kind that stays keeps its row, and so the condition it may have (e.g. DEPARTMENT only at VERY_OVERDUE) and the
        // field that names its agency (e.g. toAgencyId of moved work).
        Set<RecipientKind> existing = EnumSet.noneOf(RecipientKind.class);
        for (RoutingRule r : repository.ofType(eventType)) {
            if (kinds.contains(r.recipientKind)) {
                existing.add(r.recipientKind);
            } else {
                repository.delete(r);
            }
        }
        repository.flush();
        kinds.stream().filter(k -> !existing.contains(k)).forEach(k -> repository.persist(new RoutingRule(eventType, k)));
        table.invalidate();
        LOG.infof("%s set the recipients of %s to %s", by, eventType, kinds);
        return rule(eventType);
    }

    private RoutingRuleResponse rule(String eventType) {
        Set<RecipientKind> kinds = EnumSet.noneOf(RecipientKind.class);
        List<RoutingRuleResponse.Condition> conditions = new ArrayList<>();
        String agencyField = null;
        for (RoutingRule r : repository.ofType(eventType)) {
            kinds.add(r.recipientKind);
            if (r.whenField != null) {
                conditions.add(new RoutingRuleResponse.Condition(r.recipientKind, r.whenField, r.whenValue));
            }
            if (r.agencyField != null) {
                agencyField = r.agencyField;
            }
        }
        conditions.sort(Comparator.comparing(RoutingRuleResponse.Condition::recipientKind));
        return new RoutingRuleResponse(eventType, List.copyOf(kinds), conditions, agencyField);
    }
}
