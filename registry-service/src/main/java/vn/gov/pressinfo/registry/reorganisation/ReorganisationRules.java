package vn.gov.pressinfo.registry.reorganisation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.gov.pressinfo.registry.agency.Agency;
import vn.gov.pressinfo.registry.agency.AgencyStatus;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.ProblemType;

/**
 * The rules a reorganisation request must follow before anything is read from the database: the shape of each kind,
 * and who takes each predecessor's open work (see docs/adr/0007-agency-reorganisation.md). Every broken rule is
 * collected, so that one 422 names all the fields.
 */
final class ReorganisationRules {

    private ReorganisationRules() {
    }

    /** The fields each kind needs and allows, and which successor takes each predecessor's work. */
    static void checkShape(ReorganisationRequest request, List<Problem.FieldError> errors) {
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
        checkHeirs(request, errors);
    }


    /**
     * {@code takesWorkOf}: each named agency is one of predecessorIds, and no predecessor is named by two successors
     * (its work goes to one agency). A rename has no successors, so it names nobody.
     */
    private static void checkHeirs(ReorganisationRequest request, List<Problem.FieldError> errors) {
        Map<UUID, Integer> namedBy = new HashMap<>();
        List<ReorganisationRequest.Successor> successors = request.successors();
        for (int i = 0; i < successors.size(); i++) {
            List<UUID> named = successors.get(i).takesWorkOf();
            for (int j = 0; j < named.size(); j++) {
                UUID predecessor = named.get(j);
                String field = "successors[" + i + "].takesWorkOf[" + j + "]";
                if (request.kind() == ReorganisationKind.RENAME) {
                    errors.add(new Problem.FieldError(field, "a rename moves no work: the agency keeps it"));
                } else if (!request.predecessorIds().contains(predecessor)) {
                    errors.add(new Problem.FieldError(field, "agency " + predecessor + " is not one of predecessorIds"));
                } else {
                    Integer other = namedBy.putIfAbsent(predecessor, i);
                    if (other != null) {
                        errors.add(new Problem.FieldError(field, "agency " + predecessor + " is already named by successors[" + other
                                + "]: a predecessor's open work goes to one successor"));
                    }
                }
            }
        }
    }

    /**
     * For each predecessor (by position in predecessorIds), the position of the successor that takes its open work, or
     * -1 when none does. The successor that names it in takesWorkOf; else the single successor (a merge, a dissolution
     * with one successor); else, for a split, the first successor listed; else none (a dissolution without successor:
     * the work returns to the press management department). The request has passed {@link #checkShape}.
     */
    static int[] heirs(ReorganisationRequest request) {
        List<UUID> predecessors = request.predecessorIds();
        List<ReorganisationRequest.Successor> successors = request.successors();
        int[] heirs = new int[predecessors.size()];
        for (int p = 0; p < predecessors.size(); p++) {
            heirs[p] = successors.isEmpty() ? -1 : 0;
            for (int s = 0; s < successors.size(); s++) {
                if (successors.get(s).takesWorkOf().contains(predecessors.get(p))) {
                    heirs[p] = s;
                    break;
                }
            }
        }
        return heirs;
    }

    static void checkActiveOn(Agency agency, UUID id, LocalDate date, String field, List<Problem.FieldError> errors) {
        if (agency == null) {
            errors.add(new Problem.FieldError(field, "agency " + id + " does not exist"));
        } else if (agency.status != AgencyStatus.ACTIVE) {
            errors.add(new Problem.FieldError(field, "agency " + agency.code + " is already dissolved"));
        } else if (date.isBefore(agency.validFrom)) {
            errors.add(new Problem.FieldError("effectiveDate", "must not be before " + agency.validFrom
                    + ", the start of the current version of agency " + agency.code));
        }
    }

    static void fail(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, ProblemType.UNPROCESSABLE.status(),
                    "The reorganisation breaks " + errors.size() + (errors.size() == 1 ? " rule: " : " rules: ")
                            + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
    }
}
