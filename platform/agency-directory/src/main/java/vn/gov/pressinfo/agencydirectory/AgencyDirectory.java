package vn.gov.pressinfo.agencydirectory;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;

/** Keeps the agency read model and answers questions about it. */
@ApplicationScoped
public class AgencyDirectory {

    private static final Logger LOG = Logger.getLogger(AgencyDirectory.class);

    private final AgencyReferenceRepository repository;

    public AgencyDirectory(AgencyReferenceRepository repository) {
        this.repository = repository;
    }

    /**
     * Applies a snapshot if it is newer than what is stored (redelivered and replayed snapshots are
     * older or equal, and change nothing).
     *
     * @return true when the read model changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(AgencySnapshot snapshot) {
        AgencyReference agency = repository.findById(snapshot.agencyId());
        if (agency != null && agency.version >= snapshot.version()) {
            LOG.debugf("Agency %s snapshot v%d ignored: have v%d", snapshot.agencyId(), snapshot.version(), agency.version);
            return false;
        }
        boolean created = agency == null;
        if (created) {
            agency = new AgencyReference();
            agency.id = snapshot.agencyId();
        }
        agency.version = snapshot.version();
        agency.code = snapshot.code();
        agency.name = snapshot.name();
        agency.type = snapshot.type();
        agency.parentId = snapshot.parentId();
        agency.status = snapshot.status();
        agency.validFrom = snapshot.validFrom();
        agency.changedAt = snapshot.changedAt();
        agency.receivedAt = Instant.now();
        if (created) {
            repository.persist(agency);
        }
        return true;
    }

    public Optional<AgencyReference> find(UUID id) {
        return repository.findByIdOptional(id);
    }

    public Page<AgencyView> search(AgencyReferenceRepository.Filter filter, PageRequest page) {
        return repository.search(filter, page);
    }
}
