package vn.gov.pressinfo.notification.routing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, RoutingRule.Key> {

    public List<RoutingRule> ofType(String eventType) {
        return list("eventType", eventType);
    }

    public long deleteOfType(String eventType) {
        return delete("eventType", eventType);
    }
}
