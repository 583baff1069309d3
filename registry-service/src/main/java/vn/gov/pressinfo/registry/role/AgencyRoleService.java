package vn.gov.pressinfo.registry.role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.registry.LegalDocument;
import vn.gov.pressinfo.registry.agency.Agency;
import vn.gov.pressinfo.registry.agency.AgencyRenamed;
import vn.gov.pressinfo.registry.agency.AgencyService;
import vn.gov.pressinfo.registry.agency.AgencyStatus;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Dated roles held by agencies: who is the press management department on a date. A new holder ends the
 * current holder's term on the day it starts; terms never overlap (also enforced by the database). Every change of
 * hands publishes {@code AgencyRoleChanged} (all terms of the role) through the outbox in the same transaction, and so
 * does a change of a holder's name or code, so that consumers print the names right.
 */
@ApplicationScoped
public class AgencyRoleService {

    private final RoleAssignmentRepository assignments;
    private final AgencyService agencies;
    private final BusinessTime time;
    private final Outbox outbox;

    public AgencyRoleService(RoleAssignmentRepository assignments, AgencyService agencies, BusinessTime time, Outbox outbox) {
        this.assignments = assignments;
        this.agencies = agencies;
        this.time = time;
        this.outbox = outbox;
    }

    /** A holder's term with the agency that holds it. */
    public record Term(RoleAssignment assignment, Agency agency) {
    }

    /**
     * Gives {@code role} to an agency from {@code validFrom}. Assigning it again to the current holder
     * changes nothing.
     *
     * @throws ProblemException 422 when the agency is unknown or dissolved, or validFrom does not follow the
     *                          current holder's start; 409 when a concurrent assignment won
     */
    @Transactional
    public Term assign(AgencyRole role, RoleAssignmentRequest request, String actor) {
        LegalDocument document = request.document().cleaned();
        Agency agency = agencies.lockAll(List.of(request.agencyId())).get(request.agencyId());
        if (agency == null) {
            throw ProblemException.unprocessable("agencyId", "agency " + request.agencyId() + " does not exist");
        }
        if (agency.status != AgencyStatus.ACTIVE) {
            throw ProblemException.unprocessable("agencyId", "agency " + agency.code + " is dissolved");
        }
        if (request.validFrom().isBefore(agency.validFrom)) {
            throw ProblemException.unprocessable("validFrom",
                    "must not be before " + agency.validFrom + ", the start of the current version of agency " + agency.code);
        }
        Optional<RoleAssignment> open = assignments.lockOpen(role);
        if (open.isPresent()) {
            RoleAssignment current = open.get();
            if (current.agencyId.equals(agency.id)) {
                return new Term(current, agency);
            }
            if (!request.validFrom().isAfter(current.validFrom)) {
                throw ProblemException.unprocessable("validFrom",
                        "must be after " + current.validFrom + ", when the current holder's term began");
            }
            current.validTo = request.validFrom();
            assignments.flush(); // Hibernate would insert before updating: end the current term first
        }
        RoleAssignment next = RoleAssignment.assign(role, agency.id, request.validFrom(), document, actor, time.now());
        try {
            assignments.persist(next);
            assignments.flush();
        } catch (PersistenceException e) {
            // Two first assignments at once: the exclusion constraint lets one win.
            throw ProblemException.conflict("Another assignment of " + role + " was recorded at the same time; read it and retry.");
        }
        publish(role, actor);
        return new Term(next, agency);
    }

    /** A holder (present or past) was renamed: its roles are published again with the new name, in the same transaction. */
    void onRenamed(@Observes AgencyRenamed renamed) {
        assignments.rolesEverHeldBy(renamed.agencyId()).forEach(role -> publish(role, renamed.actor()));
    }

    private void publish(AgencyRole role, String actor) {
        List<AgencyRoleChanged.Term> terms = history(role).stream()
                .map(t -> new AgencyRoleChanged.Term(t.agency().id, t.agency().code, t.agency().name, t.assignment().validFrom,
                        t.assignment().validTo, t.assignment().document.number()))
                .toList();
        outbox.publish(Events.AGENCY_ROLE_CHANGED, new AgencyRoleChanged(role.name(), role.label(), terms, actor, time.now()));
    }

    /** The holder on {@code date} (today in Asia/Ho_Chi_Minh when null). */
    public Term holderOn(AgencyRole role, LocalDate date) {
        LocalDate day = date == null ? time.today() : date;
        RoleAssignment a = assignments.holderOn(role, day)
                .orElseThrow(() -> ProblemException.notFound("No agency holds " + role + " on " + day + "."));
        return new Term(a, agencies.get(a.agencyId));
    }

    /** Every term of the role, oldest first. */
    public List<Term> history(AgencyRole role) {
        return assignments.history(role).stream().map(a -> new Term(a, agencies.get(a.agencyId))).toList();
    }

    /**
     * The roles {@code agencyId} still holds on {@code date} or later, by role, with the first day of such a
     * term; a reorganisation that ends the agency on that date must not leave a role with a dissolved holder.
     */
    public Map<AgencyRole, LocalDate> heldOnOrAfter(UUID agencyId, LocalDate date) {
        Map<AgencyRole, LocalDate> held = new java.util.EnumMap<>(AgencyRole.class);
        assignments.heldOnOrAfter(agencyId, date).forEach(a -> held.putIfAbsent(a.role, a.validFrom));
        return held;
    }
}
