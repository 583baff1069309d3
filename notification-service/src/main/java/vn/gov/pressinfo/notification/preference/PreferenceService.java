package vn.gov.pressinfo.notification.preference;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.notification.delivery.Channel;
import vn.gov.pressinfo.notification.routing.Audience;
import vn.gov.pressinfo.notification.routing.RoutingTable;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.persistence.CreationStamp;

/** Mutes and unmutes; refuses to mute the notices the law requires. */
@ApplicationScoped
public class PreferenceService {

    private final PreferenceRepository repository;
    private final RoutingTable table;
    private final Clock clock;

    public PreferenceService(PreferenceRepository repository, RoutingTable table, Clock clock) {
        this.repository = repository;
        this.table = table;
        this.clock = clock;
    }

    @Transactional
    public List<Preference> list(Audience audience) {
        return repository.ofAudience(audience.key());
    }

    @Transactional
    public Preference mute(Audience audience, MuteRequest request, String by) {
        if (Events.byType(request.eventType()).isEmpty()) {
            throw ProblemException.unprocessable("eventType", "No event type " + request.eventType() + " in the catalogue.");
        }
        if (request.channel() == Channel.WEBHOOK) {
            throw ProblemException.unprocessable("channel", "Webhooks are chosen per subscription; mute EMAIL or INBOX.");
        }
        if (RequiredNotices.isRequired(request.eventType(), request.channel())) {
            throw ProblemException.unprocessable("eventType", "The law requires this notice by email; it cannot be muted.");
        }
        return repository.find(audience.key(), request.eventType(), request.channel()).orElseGet(() -> {
            Preference p = new Preference();
            p.id = UUID.randomUUID();
            p.audience = audience.key();
            p.eventType = request.eventType();
            p.channel = request.channel();
            p.stamp = CreationStamp.of(by, clock.instant());
            repository.persist(p);
            table.invalidate();
            return p;
        });
    }

    @Transactional
    public Preference unmute(Audience audience, UUID id) {
        Preference p = repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No preference " + id + "."));
        if (!p.audience.equals(audience.key())) {
            throw ProblemException.forbidden("This preference belongs to another recipient.");
        }
        repository.delete(p);
        table.invalidate();
        return p;
    }
}
