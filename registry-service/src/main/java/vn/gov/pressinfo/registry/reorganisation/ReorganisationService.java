package vn.gov.pressinfo.registry.reorganisation;

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
import vn.gov.pressinfo.registry.agency.Agency;
import vn.gov.pressinfo.registry.agency.AgencyDetails;
import vn.gov.pressinfo.registry.agency.AgencyService;
import vn.gov.pressinfo.registry.agency.AgencyStatus;
import vn.gov.pressinfo.registry.role.AgencyRoleService;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.ProblemType;

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

    private final ReorganisationRepository reorganisations;
    private final AgencyService agencies;
    private final AgencyRoleService roles;
    private final Outbox outbox;
    private final BusinessTime time;

    public ReorganisationService(ReorganisationRepository reorganisations, AgencyService agencies, AgencyRoleService roles,
            Outbox outbox, BusinessTime time) {
        this.reorganisations = reorganisations;
        this.agencies = agencies;
        this.roles = roles;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Records a reorganisation and applies it to the agencies it names.
     *
     * @throws ProblemException 422 naming every field that breaks a rule, 409 when a new successor's code is taken
     */
    @Transactional
    public Reorganisation record(ReorganisationRequest request, String actor) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkShape(request, errors);
        fail(errors);

        LegalBasis legalBasis = request.legalBasis().cleaned();
        LocalDate date = request.effectiveDate();
        boolean rename = request.kind() == ReorganisationKind.RENAME;
        List<UUID> predecessors = rename ? List.of(request.agencyId()) : request.predecessorIds();
        List<ReorganisationRequest.Successor> successors = request.successors();

        Set<UUID> existing = new LinkedHashSet<>(predecessors);
        successors.stream().filter(s -> !s.isNew()).forEach(s -> existing.add(s.agencyId()));
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
        if (!rename) {
            checkNothingLeftBehind(predecessors, found, date, errors);
        } else if (found.get(request.agencyId()) != null
                && found.get(request.agencyId()).name.equals(vn.gov.pressinfo.web.TextSearch.clean(request.newName()))
                && (request.newCode() == null || found.get(request.agencyId()).code.equals(request.newCode().trim()))) {
            errors.add(new Problem.FieldError("newName", "is already the agency's name; a rename must change the name or the code"));
        }
        fail(errors);

        Reorganisation r = new Reorganisation();
        r.id = UUID.randomUUID();
        r.kind = request.kind();
        r.effectiveDate = date;
        r.documentNumber = legalBasis.number();
        r.documentDate = legalBasis.date();
        r.documentSigner = legalBasis.signer();
        r.note = vn.gov.pressinfo.web.TextSearch.clean(request.note());
        r.recordedAt = time.now();
        r.recordedBy = actor;
        String versionNote = noteFor(r);

        if (rename) {
            Agency agency = found.get(request.agencyId());
            String previousCode = agency.code;
            String previousName = agency.name;
            agencies.rename(agency, request.newName(), request.newCode(), date, versionNote, actor);
            Reorganisation.Participant p = participant(agency, Reorganisation.Role.RENAMED, 0, false);
            p.previousCode = previousCode;
            p.previousName = previousName;
            r.participants.add(p);
        } else {
            int position = 0;
            List<Agency> successorAgencies = new ArrayList<>();
            for (int i = 0; i < successors.size(); i++) {
                ReorganisationRequest.Successor s = successors.get(i);
                Agency successor = s.isNew() ? createSuccessor(s, i, date, versionNote, actor) : found.get(s.agencyId());
                successorAgencies.add(successor);
            }
            for (UUID id : predecessors) {
                Agency predecessor = agencies.dissolve(found.get(id), date, versionNote, actor);
                r.participants.add(participant(predecessor, Reorganisation.Role.PREDECESSOR, position++, false));
                successorAgencies.forEach(s -> r.links.add(new Reorganisation.Link(id, s.id)));
            }
            for (int i = 0; i < successors.size(); i++) {
                r.participants.add(participant(successorAgencies.get(i), Reorganisation.Role.SUCCESSOR, position++, successors.get(i).isNew()));
            }
        }
        reorganisations.persist(r);
        outbox.publish(Events.AGENCY_REORGANIZED, new AgencyReorganized(r.id, r.kind.name(), r.effectiveDate,
                new AgencyReorganized.LegalBasis(r.documentNumber, r.documentDate, r.documentSigner), r.note,
                r.mapping().entrySet().stream().map(e -> new AgencyReorganized.Link(e.getKey(), null, e.getValue(),
                        e.getValue().isEmpty() ? null : e.getValue().get(0), null)).toList(), List.of(),
                r.recordedAt));
        return r;
    }

    public Reorganisation get(UUID id) {
        return reorganisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Reorganisation " + id + " does not exist."));
    }

    public Page<Reorganisation> search(ReorganisationRepository.Filter filter, PageRequest page) {
        return reorganisations.search(filter, page);
    }

    /** Which way a lineage walk goes. */
    public enum Direction {
        SUCCESSORS,
        PREDECESSORS
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

    private void checkShape(ReorganisationRequest request, List<Problem.FieldError> errors) {
        int predecessors = request.predecessorIds().size();
        int successors = request.successors().size();
        switch (request.kind()) {
            case MERGE -> {
                if (predecessors < 2) {
                    errors.add(new Problem.FieldError("predecessorIds", "a merge needs at least two predecessors"));
                }
                if (successors != 1) {
                    errors.add(new Problem.FieldError("successors", "a merge needs exactly one successor"));
                }
            }
            case SPLIT -> {
                if (predecessors != 1) {
                    errors.add(new Problem.FieldError("predecessorIds", "a split needs exactly one predecessor"));
                }
                if (successors < 2) {
                    errors.add(new Problem.FieldError("successors", "a split needs at least two successors"));
                }
            }
            case DISSOLVE -> {
                if (predecessors != 1) {
                    errors.add(new Problem.FieldError("predecessorIds", "a dissolution needs exactly one predecessor"));
                }
                if (successors > 1) {
                    errors.add(new Problem.FieldError("successors", "a dissolution has at most one successor"));
                }
            }
            case RENAME -> {
                if (request.agencyId() == null) {
                    errors.add(new Problem.FieldError("agencyId", "a rename needs the agency to rename"));
                }
                if (request.newName() == null || request.newName().isBlank()) {
                    errors.add(new Problem.FieldError("newName", "a rename needs the new name"));
                }
                if (predecessors > 0 || successors > 0) {
                    errors.add(new Problem.FieldError(predecessors > 0 ? "predecessorIds" : "successors",
                            "a rename names only agencyId, newName and newCode"));
                }
            }
        }
        if (request.kind() != ReorganisationKind.RENAME) {
            if (request.agencyId() != null || request.newName() != null || request.newCode() != null) {
                errors.add(new Problem.FieldError(request.agencyId() != null ? "agencyId" : request.newName() != null ? "newName" : "newCode",
                        "only a rename names agencyId, newName or newCode"));
            }
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < predecessors; i++) {
                if (!seen.add(request.predecessorIds().get(i))) {
                    errors.add(new Problem.FieldError("predecessorIds[" + i + "]", "is named twice"));
                }
            }
            for (int i = 0; i < successors; i++) {
                ReorganisationRequest.Successor s = request.successors().get(i);
                String field = "successors[" + i + "]";
                if (!s.isNew()) {
                    if (s.code() != null || s.name() != null || s.type() != null || s.parentId() != null) {
                        errors.add(new Problem.FieldError(field, "give either agencyId (an existing agency) or code, name, type and parentId (a new one)"));
                    } else if (request.predecessorIds().contains(s.agencyId())) {
                        errors.add(new Problem.FieldError(field + ".agencyId", "is also a predecessor: an agency cannot succeed itself"));
                    } else if (!seen.add(s.agencyId())) {
                        errors.add(new Problem.FieldError(field + ".agencyId", "is named twice"));
                    }
                } else {
                    if (s.code() == null || s.code().isBlank()) {
                        errors.add(new Problem.FieldError(field + ".code", "a new successor needs a code (or give agencyId)"));
                    }
                    if (s.name() == null || s.name().isBlank()) {
                        errors.add(new Problem.FieldError(field + ".name", "a new successor needs a name"));
                    }
                    if (s.type() == null || s.type().isBlank()) {
                        errors.add(new Problem.FieldError(field + ".type", "a new successor needs a type"));
                    }
                }
            }
        }
    }

    private static void checkActiveOn(Agency agency, UUID id, LocalDate date, String field, List<Problem.FieldError> errors) {
        if (agency == null) {
            errors.add(new Problem.FieldError(field, "agency " + id + " does not exist"));
        } else if (agency.status != AgencyStatus.ACTIVE) {
            errors.add(new Problem.FieldError(field, "agency " + agency.code + " is already dissolved"));
        } else if (date.isBefore(agency.validFrom)) {
            errors.add(new Problem.FieldError("effectiveDate", "must not be before " + agency.validFrom
                    + ", the start of the current version of agency " + agency.code));
        }
    }

    /**
     * A dissolved agency keeps no active children and no role: children are moved and roles reassigned
     * first (see ADR 0006), so that nothing points at an agency that no longer exists.
     */
    private void checkNothingLeftBehind(List<UUID> predecessors, Map<UUID, Agency> found, LocalDate date,
            List<Problem.FieldError> errors) {
        Set<UUID> ending = new HashSet<>(predecessors);
        Map<UUID, List<Agency>> children = agencies.activeChildren(ending).stream()
                .filter(child -> !ending.contains(child.id))
                .collect(Collectors.groupingBy(child -> child.parentId));
        for (int i = 0; i < predecessors.size(); i++) {
            UUID id = predecessors.get(i);
            if (found.get(id) == null) {
                continue;
            }
            List<Agency> left = children.getOrDefault(id, List.of());
            if (!left.isEmpty()) {
                errors.add(new Problem.FieldError("predecessorIds[" + i + "]", "has active children that must be moved first: "
                        + left.stream().map(c -> c.code + " " + c.name + " (" + c.id + ")").collect(Collectors.joining(", "))));
            }
            String field = "predecessorIds[" + i + "]";
            roles.heldOnOrAfter(id, date).forEach((role, from) -> errors.add(new Problem.FieldError(field,
                    "holds the role " + role + " on or after " + date + "; assign it to another agency from " + date
                            + " or earlier first")));
        }
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
        Reorganisation.Participant p = new Reorganisation.Participant();
        p.agencyId = agency.id;
        p.role = role;
        p.position = position;
        p.created = created;
        p.code = agency.code;
        p.name = agency.name;
        return p;
    }

    private static String noteFor(Reorganisation r) {
        String text = r.kind + " " + r.id + ": " + r.legalBasis().describe() + (r.note == null ? "" : " — " + r.note);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static void fail(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, ProblemType.UNPROCESSABLE.status(),
                    "The reorganisation breaks " + errors.size() + (errors.size() == 1 ? " rule: " : " rules: ")
                            + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
    }
}
