package vn.gov.pressinfo.agencydirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.registry.AuthorizationExpired;
import vn.gov.pressinfo.events.registry.AuthorizationGranted;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.events.registry.SpokespersonRevoked;

/**
 * The read model of who speaks for each agency, fed by registry's spokesperson events
 * ({@link SpokespersonEventConsumer}). Answers: the current spokesperson (head or appointed) of an agency,
 * its head as last appointed and the authorizations in force. Who may speak or approve for an agency is a
 * business rule of the service that asks (press-response-service's Speakers). Applying an event twice leaves
 * the same state.
 */
@ApplicationScoped
public class SpokespersonDirectory {

    private final SpokespersonReferenceRepository repository;

    public SpokespersonDirectory(SpokespersonReferenceRepository repository) {
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SpokespersonAppointed event) {
        SpokespersonReference person = upsert(event.spokespersonId(), event.agencyId(),
                SpokespersonReference.Kind.valueOf(event.kind()), event.fullName(), event.title(), event.email(),
                event.phone(), null, event.validFrom(), event.validTo(), event.appointedAt());
        if (person != null && event.supersededSpokespersonId() != null) {
            repository.findByIdOptional(event.supersededSpokespersonId()).ifPresent(previous -> {
                if (previous.validUntil == null || previous.validUntil.isAfter(event.validFrom())) {
                    previous.validUntil = event.validFrom();
                }
                previous.status = SpokespersonReference.Status.SUPERSEDED;
            });
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SpokespersonRevoked event) {
        SpokespersonReference person = repository.findById(event.spokespersonId());
        if (person == null) {
            person = upsert(event.spokespersonId(), event.agencyId(), SpokespersonReference.Kind.valueOf(event.kind()),
                    event.fullName(), event.title(), event.email(), event.phone(), null, event.validFrom(), null,
                    event.revokedAt());
        }
        person.validUntil = event.validTo();
        person.status = SpokespersonReference.Status.REVOKED;
        person.changedAt = event.revokedAt();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AuthorizationGranted event) {
        // The authorization's validTo is its last day (inclusive); the read model stores the exclusive end.
        upsert(event.authorizationId(), event.agencyId(), SpokespersonReference.Kind.AUTHORIZED, event.fullName(),
                event.title(), event.email(), event.phone(), event.scope(), event.validFrom(), event.validTo().plusDays(1),
                event.grantedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AuthorizationExpired event) {
        SpokespersonReference person = repository.findById(event.authorizationId());
        if (person == null) {
            person = upsert(event.authorizationId(), event.agencyId(), SpokespersonReference.Kind.AUTHORIZED,
                    event.fullName(), event.title(), event.email(), event.phone(), event.scope(), event.validFrom(),
                    event.validTo().plusDays(1), event.expiredAt());
        }
        person.status = SpokespersonReference.Status.EXPIRED;
        person.changedAt = event.expiredAt();
    }

    /** The head or appointed spokesperson of the agency on {@code day}, if registry has told us of one. */
    public Optional<SpokespersonReference> current(UUID agencyId, LocalDate day) {
        return repository.ofAgency(agencyId).stream()
                .filter(p -> p.kind != SpokespersonReference.Kind.AUTHORIZED && p.speaksOn(day))
                .findFirst();
    }

    /** The agency's head (người đứng đầu) as last appointed, even when an appointed spokesperson now speaks. */
    public Optional<SpokespersonReference> head(UUID agencyId, LocalDate day) {
        return repository.ofAgency(agencyId).stream()
                .filter(p -> p.kind == SpokespersonReference.Kind.HEAD && !p.validFrom.isAfter(day)
                        && p.status != SpokespersonReference.Status.REVOKED)
                .findFirst();
    }

    /** Authorizations in force on {@code day}, newest first. */
    public List<SpokespersonReference> authorizations(UUID agencyId, LocalDate day) {
        return repository.ofAgency(agencyId).stream()
                .filter(p -> p.kind == SpokespersonReference.Kind.AUTHORIZED && p.speaksOn(day))
                .toList();
    }

    private SpokespersonReference upsert(UUID id, UUID agencyId, SpokespersonReference.Kind kind, String fullName,
            String title, String email, String phone, String scope, LocalDate validFrom, LocalDate validUntil,
            Instant changedAt) {
        SpokespersonReference person = repository.findById(id);
        boolean created = person == null;
        if (created) {
            person = new SpokespersonReference();
            person.id = id;
            person.status = SpokespersonReference.Status.ACTIVE;
        }
        person.agencyId = agencyId;
        person.kind = kind;
        person.fullName = fullName;
        person.title = title;
        person.email = email;
        person.phone = phone;
        person.scope = scope;
        person.validFrom = validFrom;
        if (created || person.status == SpokespersonReference.Status.ACTIVE) {
            person.validUntil = validUntil;
        }
        person.changedAt = changedAt;
        person.receivedAt = Instant.now();
        if (created) {
            repository.persist(person);
        }
        return person;
    }
}
