package vn.gov.pressinfo.registry.agency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.registry.directory.PublicPages;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;

/**
 * The rules of the agency tree: valid types and parents, unique codes, no cycles, history appended
 * on every change, and an {@code AgencyChanged} snapshot in the outbox in the same transaction.
 */
@ApplicationScoped
public class AgencyService {

    /** Deeper than any real administrative tree; bounds the cycle check. */
    private static final int MAX_DEPTH = 32;

    private final AgencyRepository agencies;
    private final AgencyVersionRepository versions;
    private final AgencyTypeRepository types;
    private final Outbox outbox;
    private final BusinessTime time;
    private final Event<PublicPagesChanged> directoryChanged;
    private final Event<AgencyRenamed> renamed;

    public AgencyService(AgencyRepository agencies, AgencyVersionRepository versions, AgencyTypeRepository types, Outbox outbox,
            BusinessTime time, Event<PublicPagesChanged> directoryChanged, Event<AgencyRenamed> renamed) {
        this.directoryChanged = directoryChanged;
        this.renamed = renamed;
        this.agencies = agencies;
        this.versions = versions;
        this.types = types;
        this.outbox = outbox;
        this.time = time;
    }

    @Transactional
    public Agency create(AgencyDetails request, String actor) {
        AgencyDetails details = request.cleaned();
        LocalDate validFrom = details.validFrom() == null ? time.today() : details.validFrom();
        checkType(details.type(), validFrom);
        checkParent(null, details.parentId());
        checkCode(details.code(), null);

        Agency agency = Agency.register(details, validFrom, actor, time.now());
        agencies.persist(agency);
        agencies.flush();
        versions.persist(AgencyVersion.of(agency, details.note()));
        publish(agency);
        return agency;
    }

    /**
     * Records a change: the current version ends where the new one starts.
     *
     * @throws ProblemException 428/412 on a missing or stale If-Match, 422 when a rule is broken
     */
    @Transactional
    public Agency update(UUID id, String ifMatch, AgencyDetails request, String actor) {
        Agency agency = get(id);
        ETags.requireMatch(ifMatch, agency.version);
        AgencyDetails details = request.cleaned();
        if (!agency.differsFrom(details)) {
            return agency;
        }
        LocalDate validFrom = details.validFrom() == null ? time.today() : details.validFrom();
        if (validFrom.isBefore(agency.validFrom)) {
            throw ProblemException.unprocessable("validFrom",
                    "must not be before " + agency.validFrom + ", the start of the current version");
        }
        if (!details.type().equals(agency.type)) {
            checkType(details.type(), validFrom);
        }
        checkParent(id, details.parentId());
        checkCode(details.code(), id);

        boolean nameChanged = !agency.name.equals(details.name()) || !agency.code.equals(details.code());
        versions.closeCurrent(id, validFrom);
        agency.code = details.code();
        agency.name = details.name();
        agency.type = details.type();
        agency.parentId = details.parentId();
        appendVersion(agency, validFrom, details.note(), actor);
        if (nameChanged) {
            renamed.fire(new AgencyRenamed(id, actor));
        }
        return agency;
    }

    /**
     * Locks the given agencies for the rest of the transaction, in id order so that two transactions
     * locking overlapping sets cannot deadlock. Reorganisations use it: they change several agencies
     * without If-Match, so concurrent changes must wait rather than overwrite each other.
     *
     * @return the agencies found, by id (missing ids are absent)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Agency> lockAll(Collection<UUID> ids) {
        Map<UUID, Agency> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        // One statement; PostgreSQL locks the rows as the sort emits them, i.e. in id order.
        for (Agency agency : agencies.find("id in ?1", Sort.by("id"), new TreeSet<>(ids)).withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            found.put(agency.id, agency);
        }
        return found;
    }

    /** Ids of the active agencies whose parent is one of {@code parents}, read without loading or locking them. */
    public List<UUID> activeChildIds(Collection<UUID> parents) {
        return parents.isEmpty() ? List.of() : agencies.activeChildIds(parents);
    }

    /** Active agencies whose parent is one of {@code parents}. */
    public List<Agency> activeChildren(Collection<UUID> parents) {
        return parents.isEmpty() ? List.of()
                : agencies.list("parentId in ?1 and status = ?2", Sort.by("code"), parents, AgencyStatus.ACTIVE);
    }

    /**
     * Ends an agency from {@code validFrom} (a new DISSOLVED version; the history keeps the earlier ones)
     * and publishes its snapshot. The caller has locked it and checked the rules of the reorganisation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Agency dissolve(Agency agency, LocalDate validFrom, String note, String actor) {
        requireNotBefore(agency, validFrom);
        versions.closeCurrent(agency.id, validFrom);
        agency.status = AgencyStatus.DISSOLVED;
        appendVersion(agency, validFrom, note, actor);
        return agency;
    }

    /**
     * Gives an agency a new name and, when {@code newCode} is not null, a new code from {@code validFrom}.
     *
     * @throws ProblemException 409 when the code is taken
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Agency rename(Agency agency, String newName, String newCode, LocalDate validFrom, String note, String actor) {
        requireNotBefore(agency, validFrom);
        String code = newCode == null ? agency.code : newCode.trim();
        checkCode(code, agency.id);
        versions.closeCurrent(agency.id, validFrom);
        agency.code = code;
        agency.name = vn.gov.pressinfo.web.TextSearch.clean(newName);
        appendVersion(agency, validFrom, note, actor);
        renamed.fire(new AgencyRenamed(agency.id, actor));
        return agency;
    }

    /**
     * Moves children under {@code newParentId} from {@code validFrom} (a reorganisation's province merge): a new version
     * each, one statement to close their current versions and one to publish their snapshots. The caller has locked
     * them and the new parent and checked the dates and that no cycle arises.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveAll(List<Agency> children, UUID newParentId, LocalDate validFrom, String note, String actor) {
        if (children.isEmpty()) {
            return;
        }
        children.forEach(child -> requireNotBefore(child, validFrom));
        versions.closeCurrent(children.stream().map(child -> child.id).toList(), validFrom);
        java.time.Instant now = time.now();
        for (Agency child : children) {
            child.parentId = newParentId;
            child.validFrom = validFrom;
            child.stamp = child.stamp.updated(actor, now);
        }
        agencies.flush(); // increments every version, or fails with an optimistic-lock conflict (412)
        children.forEach(child -> versions.persist(AgencyVersion.of(child, note)));
        outbox.publishAll(Events.AGENCY_CHANGED, children.stream().map(AgencyService::snapshot).toList(), java.time.Instant.now());
        directoryChanged.fire(PublicPages.CHANGED);
    }

    private void requireNotBefore(Agency agency, LocalDate validFrom) {
        if (validFrom.isBefore(agency.validFrom)) {
            throw ProblemException.unprocessable("validFrom",
                    "must not be before " + agency.validFrom + ", the start of the current version of " + agency.id);
        }
    }

    /** Stamps the change, bumps the version, appends it to the history and publishes the snapshot. */
    private void appendVersion(Agency agency, LocalDate validFrom, String note, String actor) {
        agency.validFrom = validFrom;
        agency.stamp = agency.stamp.updated(actor, time.now());
        agencies.flush(); // increments the version, or fails with an optimistic-lock conflict (412)
        versions.persist(AgencyVersion.of(agency, note));
        publish(agency);
        directoryChanged.fire(PublicPages.CHANGED); // the public directory shows agency names
    }

    public Agency get(UUID id) {
        return agencies.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Agency " + id + " does not exist."));
    }

    /**
     * The agency a spokesperson or authorization is recorded for, locked until the end of the
     * transaction so that two appointments for one agency are decided one after the other.
     *
     * @throws ProblemException 404 when it does not exist, 422 when it is dissolved
     */
    public Agency requireActiveForUpdate(UUID id) {
        Agency agency = agencies.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Agency " + id + " does not exist."));
        if (agency.status != AgencyStatus.ACTIVE) {
            throw ProblemException.unprocessable("agencyId", "agency " + id + " is dissolved");
        }
        return agency;
    }

    public Page<AgencyResponse> search(AgencyRepository.Filter filter, PageRequest page) {
        return agencies.search(filter, page);
    }

    /**
     * The agencies as they stood on {@code date}: the version of each valid then, filtered on that version's type,
     * parent, status and name. Agencies created later are absent.
     */
    public Page<AgencyResponse> searchOn(AgencyRepository.Filter filter, LocalDate date, PageRequest page) {
        return versions.searchOn(filter, date, page);
    }

    public List<AgencyVersion> history(UUID id) {
        get(id);
        return versions.history(id);
    }

    public List<AgencyType> types() {
        return types.all();
    }

    private void publish(Agency a) {
        outbox.publish(Events.AGENCY_CHANGED, snapshot(a));
    }

    private static AgencySnapshot snapshot(Agency a) {
        return new AgencySnapshot(a.id, a.version, a.code, a.name, a.type, a.parentId, a.status.name(), a.validFrom, a.stamp.updatedAt());
    }

    private void checkType(String code, LocalDate validFrom) {
        AgencyType type = types.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.unprocessable("type", "unknown agency type '" + code + "'"));
        if (!type.usableOn(validFrom)) {
            throw ProblemException.unprocessable("type",
                    "agency type " + code + " is retired from " + type.retiredFrom + " and cannot be used from " + validFrom);
        }
    }

    private void checkParent(UUID self, UUID parentId) {
        if (parentId == null) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        UUID cursor = parentId;
        for (int depth = 0; cursor != null; depth++) {
            if (cursor.equals(self)) {
                throw ProblemException.unprocessable("parentId", "would make the agency its own ancestor");
            }
            if (depth > MAX_DEPTH || !seen.add(cursor)) {
                throw ProblemException.unprocessable("parentId", "the agency tree above this parent is too deep or cyclic");
            }
            Agency ancestor = agencies.findById(cursor);
            if (ancestor == null) {
                throw ProblemException.unprocessable("parentId", "agency " + cursor + " does not exist");
            }
            if (depth == 0 && ancestor.status != AgencyStatus.ACTIVE) {
                throw ProblemException.unprocessable("parentId", "agency " + cursor + " is dissolved");
            }
            cursor = ancestor.parentId;
        }
    }

    private void checkCode(String code, UUID self) {
        if (agencies.codeTaken(code, self)) {
            throw ProblemException.conflict("Another agency already has the code '" + code + "'.");
        }
    }
}
