package vn.gov.pressinfo.registry.reorganisation;

import static vn.gov.pressinfo.registry.reorganisation.ReorganisationRules.checkActiveOn;
import static vn.gov.pressinfo.registry.reorganisation.ReorganisationRules.checkShape;
import static vn.gov.pressinfo.registry.reorganisation.ReorganisationRules.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.registry.Labelled;
import vn.gov.pressinfo.registry.agency.Agency;
import vn.gov.pressinfo.registry.agency.AgencyDetails;
import vn.gov.pressinfo.registry.agency.AgencyService;
import vn.gov.pressinfo.registry.agency.AgencyStatus;
import vn.gov.pressinfo.registry.audit.AuditTrail;
import vn.gov.pressinfo.registry.audit.FieldChanges;
import vn.gov.pressinfo.registry.role.AgencyRoleService;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemException;

/**
 * The rules of reorganisations (see docs/adr/0007-agency-reorganisation.md): every agency named exists and
 * is active on the effective date, none is both predecessor and successor, no dissolved agency keeps active
 * children or a role, and everything — new successors, dissolutions, renames, links, snapshots and the
 * {@code AgencyReorganized} event — is written in one transaction or not at all.
 */
@ApplicationScoped
public class ReorganisationService {

    /** Longer than any real chain of reorganisations; bounds the lineage walk. */
    static final int MAX_CHAIN_DEPTH = 16;
    /** Entity type of the audit entries of agencies a reorganisation moved. */
    static final String AGENCY_ENTITY = "agency";

    private final ReorganisationRepository reorganisations;
    private final AgencyService agencies;
    private final AgencyRoleService roles;
    private final Outbox outbox;
    private final BusinessTime time;
    private final AuditTrail audit;

    public ReorganisationService(ReorganisationRepository reorganisations, AgencyService agencies, AgencyRoleService roles,
            Outbox outbox, BusinessTime time, AuditTrail audit) {
        this.audit = audit;
        this.reorganisations = reorganisations;
        this.agencies = agencies;
        this.roles = roles;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Records a reorganisation and applies it to the agencies it names. A merge (or a dissolution with one successor)
     * also moves the predecessors' active children under the successor.
     *
     * @throws ProblemException 422 naming every field that breaks a rule, 409 when a new successor's code is taken or a
     *                          child appeared under a predecessor while the request ran
     */
    @Transactional
    public Reorganisation record(ReorganisationRequest request, String actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkShape(request, errors);
        fail(errors);

        LocalDate date = request.effectiveDate();
        boolean rename = request.kind() == ReorganisationKind.RENAME;
        boolean movesChildren = movesChildren(request);
        List<UUID> predecessors = rename ? List.of(request.agencyId()) : request.predecessorIds();
        List<ReorganisationRequest.Successor> successors = request.successors();

        Set<UUID> existing = new LinkedHashSet<>(predecessors);
        successors.stream().filter(s -> !s.isNew()).forEach(s -> existing.add(s.agencyId()));
        if (movesChildren) {
            // the children to move are locked with the agencies named, in the same id-ordered pass (deadlock-free)
            existing.addAll(agencies.activeChildIds(predecessors));
        }
        Map<UUID, Agency> found = agencies.lockAll(existing);

        String predecessorField = rename ? "agencyId" : "predecessorIds";
        for (int i = 0; i < predecessors.size(); i++) {
            checkActiveOn(found.get(predecessors.get(i)), predecessors.get(i), date, rename ? predecessorField : predecessorField + "[" + i + "]", errors);
        }
        for (int i = 0; i < successors.size(); i++) {
            ReorganisationRequest.Successor s = successors.get(i);
            if (!s.isNew()) {
                checkActiveOn(found.get(s.agencyId()), s.agencyId(), date, "successors[" + i + "].agencyId", errors);
            } else if (s.parentId() != null && predecessors.contains(s.parentId()) && !rename) {
                errors.add(new Problem.FieldError("successors[" + i + "].parentId",
                        "is a predecessor that this reorganisation dissolves"));
            }
        }
        List<Agency> children = List.of();
        if (!rename) {
            children = checkChildrenAndRoles(request, found, movesChildren, errors);
        } else if (found.get(request.agencyId()) != null
                && found.get(request.agencyId()).name.equals(vn.gov.pressinfo.web.TextSearch.clean(request.newName()))
                && (request.newCode() == null || found.get(request.agencyId()).code.equals(request.newCode().trim()))) {
            errors.add(new Problem.FieldError("newName", "is already the agency's name; a rename must change the name or the code"));
        }
        fail(errors);

        Reorganisation r = Reorganisation.record(request, actor, time.now());
        String versionNote = noteFor(r);

        if (rename) {
            Agency agency = found.get(request.agencyId());
            String previousCode = agency.code;
            String previousName = agency.name;
            agencies.rename(agency, request.newName(), request.newCode(), date, versionNote, actor);
            r.participants.add(Reorganisation.Participant.renamed(agency.id, agency.code, agency.name, previousCode, previousName));
        } else {
            int position = 0;
            List<Agency> successorAgencies = new ArrayList<>();
            for (int i = 0; i < successors.size(); i++) {
                ReorganisationRequest.Successor s = successors.get(i);
                Agency successor = s.isNew() ? createSuccessor(s, i, date, versionNote, actor) : found.get(s.agencyId());
                successorAgencies.add(successor);
            }
            if (movesChildren) {
                moveChildren(r, children, successorAgencies.get(0), versionNote, actor);
            }
            int[] heirs = ReorganisationRules.heirs(request);
            for (int p = 0; p < predecessors.size(); p++) {
                UUID id = predecessors.get(p);
                Agency predecessor = agencies.dissolve(found.get(id), date, versionNote, actor);
                r.participants.add(participant(predecessor, Reorganisation.Role.PREDECESSOR, position++, false));
                for (int s = 0; s < successorAgencies.size(); s++) {
                    r.links.add(new Reorganisation.Link(id, successorAgencies.get(s).id, heirs[p] == s));
                }
            }
            for (int i = 0; i < successors.size(); i++) {
                r.participants.add(participant(successorAgencies.get(i), Reorganisation.Role.SUCCESSOR, position++, successors.get(i).isNew()));
            }
        }
        reorganisations.persist(r);
        outbox.publish(Events.AGENCY_REORGANIZED, event(r));
        return r;
    }

    /** A merge, or a dissolution with one successor, takes the predecessors' active children along; a split cannot choose. */
    private static boolean movesChildren(ReorganisationRequest request) {
        return (request.kind() == ReorganisationKind.MERGE || request.kind() == ReorganisationKind.DISSOLVE)
                && request.successors().size() == 1;
    }

    /** A new version under the successor for each child, its snapshot (AgencyChanged) and an audit entry each. */
    private void moveChildren(Reorganisation r, List<Agency> children, Agency successor, String note, String actor) {
        List<UUID> from = children.stream().map(c -> c.parentId).toList();
        agencies.moveAll(children, successor.id, r.effectiveDate, note, actor);
        for (int i = 0; i < children.size(); i++) {
            Agency child = children.get(i);
            r.movedChildren.add(new Reorganisation.MovedChild(i, child.id, child.code, child.name, from.get(i), successor.id));
            audit.record(AGENCY_ENTITY, child.id, child.version, "MOVED_BY_REORGANISATION", actor, r.recordedAt, FieldChanges.of()
                    .change("parentId", from.get(i), successor.id).set("validFrom", r.effectiveDate).set("reorganisationId", r.id));
        }
    }

    private static AgencyReorganized event(Reorganisation r) {
        List<AgencyReorganized.Link> mapping = r.mapping().entrySet().stream().map(e -> {
            UUID workTo = r.workTo(e.getKey()).orElse(null);
            return new AgencyReorganized.Link(e.getKey(), r.nameOf(e.getKey()), e.getValue(), workTo, workTo == null ? null : r.nameOf(workTo));
        }).toList();
        List<AgencyReorganized.ChildMove> moved = r.movedChildren.stream()
                .map(c -> new AgencyReorganized.ChildMove(c.agencyId, c.name, c.fromParentId, c.toParentId)).toList();
        return new AgencyReorganized(r.id, r.kind.name(), r.effectiveDate,
                new AgencyReorganized.LegalBasis(r.legalBasis.number(), r.legalBasis.date(), r.legalBasis.signer()), r.note, mapping, moved, r.recordedAt);
    }

    public Reorganisation get(UUID id) {
        return reorganisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Reorganisation " + id + " does not exist."));
    }

    public Page<ReorganisationResponse> search(ReorganisationRepository.Filter filter, PageRequest page) {
        return reorganisations.search(filter, page);
    }

    /** Which way a lineage walk goes. */
    public enum Direction implements Labelled {
        SUCCESSORS("Cơ quan kế thừa"),
        PREDECESSORS("Cơ quan tiền thân");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /**
     * The result of following predecessor → successor links from one agency.
     *
     * @param ends      for successors, the active agencies at the ends of the chains (who carries the work
     *                  now); for predecessors, the earliest agencies of the chains
     * @param steps     every link followed, with its depth (1 = a direct link)
     * @param truncated whether the walk stopped at {@link #MAX_CHAIN_DEPTH}
     */
    public record Lineage(Agency agency, List<Agency> ends, List<LineageStep> steps, boolean truncated) {
    }

    public record LineageStep(int depth, ReorganisationRepository.Step step, Agency predecessor, Agency successor) {
    }

    /**
     * Follows the links from an agency through any number of reorganisations (A merged into B, B split into
     * C and D: the successors of A are C and D), breadth first, visiting each agency once.
     */
    public Lineage lineage(UUID agencyId, Direction direction) {
        Agency start = agencies.get(agencyId);
        Set<UUID> visited = new HashSet<>(Set.of(agencyId));
        Set<UUID> frontier = new LinkedHashSet<>(Set.of(agencyId));
        Set<UUID> ends = new LinkedHashSet<>();
        List<LineageStep> steps = new ArrayList<>();
        boolean truncated = false;
        for (int depth = 1; !frontier.isEmpty(); depth++) {
            List<ReorganisationRepository.Step> found = direction == Direction.SUCCESSORS
                    ? reorganisations.stepsFrom(frontier) : reorganisations.stepsTo(frontier);
            Set<UUID> reachedFrom = found.stream().map(s -> direction == Direction.SUCCESSORS ? s.predecessorId() : s.successorId())
                    .collect(Collectors.toSet());
            frontier.stream().filter(id -> !id.equals(agencyId) && !reachedFrom.contains(id)).forEach(ends::add);
            if (depth > MAX_CHAIN_DEPTH) {
                truncated = !found.isEmpty();
                break;
            }
            Set<UUID> next = new LinkedHashSet<>();
            for (ReorganisationRepository.Step s : found) {
                UUID other = direction == Direction.SUCCESSORS ? s.successorId() : s.predecessorId();
                steps.add(new LineageStep(depth, s, agencies.get(s.predecessorId()), agencies.get(s.successorId())));
                if (visited.add(other)) {
                    next.add(other);
                }
            }
            frontier = next;
        }
        List<Agency> endAgencies = ends.stream().map(agencies::get)
                .filter(a -> direction == Direction.PREDECESSORS || a.status == AgencyStatus.ACTIVE).toList();
        return new Lineage(start, endAgencies, steps, truncated);
    }




    /**
     * A dissolved agency keeps no active children and no role (see ADR 0006), so that nothing points at an agency that no
     * longer exists. A merge moves the children itself: then they must have been locked, their current versions may not
     * start after the effective date, and no existing successor may lie under a predecessor (it would end up under
     * itself). A split or a dissolution without successor cannot choose a new parent: the children are moved first.
     *
     * @return the children to move, by predecessor then code
     */
    private List<Agency> checkChildrenAndRoles(ReorganisationRequest request, Map<UUID, Agency> found, boolean movesChildren,
            List<Problem.FieldError> errors) {
        List<UUID> predecessors = request.predecessorIds();
        LocalDate date = request.effectiveDate();
        Set<UUID> ending = new HashSet<>(predecessors);
        Set<UUID> successorIds = request.successors().stream().filter(s -> !s.isNew()).map(ReorganisationRequest.Successor::agencyId)
                .collect(Collectors.toSet());
        Map<UUID, List<Agency>> children = agencies.activeChildren(ending).stream()
                .filter(child -> !ending.contains(child.id))
                .collect(Collectors.groupingBy(child -> child.parentId));
        List<Agency> moving = new ArrayList<>();
        for (int i = 0; i < predecessors.size(); i++) {
            UUID id = predecessors.get(i);
            if (found.get(id) == null) {
                continue;
            }
            String field = "predecessorIds[" + i + "]";
            List<Agency> left = children.getOrDefault(id, List.of());
            if (!movesChildren && !left.isEmpty()) {
                errors.add(new Problem.FieldError(field, "has active children that must be moved first: "
                        + left.stream().map(c -> c.code + " " + c.name + " (" + c.id + ")").collect(Collectors.joining(", "))));
            }
            for (Agency child : movesChildren ? left : List.<Agency>of()) {
                if (successorIds.contains(child.id)) {
                    continue; // reported on the successor below
                }
                if (!found.containsKey(child.id)) {
                    throw ProblemException.conflict("Agency " + child.code + " was placed under a predecessor while the reorganisation "
                            + "was being recorded; nothing was changed: retry.");
                }
                if (date.isBefore(child.validFrom)) {
                    errors.add(new Problem.FieldError("effectiveDate", "must not be before " + child.validFrom
                            + ", the start of the current version of agency " + child.code + ", a child of " + field + " that the "
                            + request.kind().name().toLowerCase(java.util.Locale.ROOT) + " moves"));
                } else {
                    moving.add(child);
                }
            }
            roles.heldOnOrAfter(id, date).forEach((role, from) -> errors.add(new Problem.FieldError(field,
                    "holds the role " + role + " on or after " + date + "; assign it to another agency from " + date
                            + " or earlier first")));
        }
        if (movesChildren) {
            for (int i = 0; i < request.successors().size(); i++) {
                UUID successor = request.successors().get(i).agencyId();
                UUID under = successor == null || found.get(successor) == null ? null : predecessorAbove(found.get(successor), ending);
                if (under != null) {
                    errors.add(new Problem.FieldError("successors[" + i + "].agencyId", "lies under " + under
                            + ", a predecessor that this reorganisation dissolves: give it another parent first"));
                }
            }
        }
        return moving;
    }

    /** The first predecessor among the ancestors of {@code agency}, or null. */
    private UUID predecessorAbove(Agency agency, Set<UUID> predecessors) {
        UUID cursor = agency.parentId;
        for (int depth = 0; cursor != null && depth <= MAX_CHAIN_DEPTH * 2; depth++) {
            if (predecessors.contains(cursor)) {
                return cursor;
            }
            cursor = agencies.get(cursor).parentId;
        }
        return null;
    }

    private Agency createSuccessor(ReorganisationRequest.Successor s, int index, LocalDate date, String note, String actor) {
        try {
            return agencies.create(new AgencyDetails(s.code(), s.name(), s.type(), s.parentId(), date, note), actor);
        } catch (ProblemException e) {
            List<Problem.FieldError> prefixed = e.errors().stream()
                    .map(f -> new Problem.FieldError("successors[" + index + "]." + f.field(), f.message())).toList();
            throw new ProblemException(e.type(), e.status(), "successors[" + index + "]: " + e.getMessage(), prefixed);
        }
    }

    private static Reorganisation.Participant participant(Agency agency, Reorganisation.Role role, int position, boolean created) {
        return new Reorganisation.Participant(agency.id, role, position, created, agency.code, agency.name);
    }

    private static String noteFor(Reorganisation r) {
        String text = r.kind + " " + r.id + ": " + r.legalBasis.describe() + (r.note == null ? "" : " — " + r.note);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }


}
