package vn.gov.pressinfo.notification.preference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.notification.delivery.Channel;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<Preference, UUID> {

    public List<Preference> ofAudience(String audience) {
        return list("audience", Sort.ascending("eventType", "channel"), audience);
    }

    public Optional<Preference> find(String audience, String eventType, Channel channel) {
        return find("audience = ?1 and eventType = ?2 and channel = ?3", audience, eventType, channel).firstResultOptional();
    }
}
