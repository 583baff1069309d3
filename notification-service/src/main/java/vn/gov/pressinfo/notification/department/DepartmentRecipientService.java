package vn.gov.pressinfo.notification.department;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyDirectory;
import vn.gov.pressinfo.notification.routing.RoutingTable;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.persistence.CreationStamp;

/**
 * The department officers who receive department notices, recorded per agency; which of them receive on a date follows
 * the department role ({@link DepartmentRouting}).
 */
@ApplicationScoped
public class DepartmentRecipientService {

    private final DepartmentRecipientRepository repository;
    private final RoutingTable table;
    private final DepartmentRouting routing;
    private final AgencyDirectory agencies;
    private final Clock clock;

    public DepartmentRecipientService(DepartmentRecipientRepository repository, RoutingTable table, DepartmentRouting routing,
            AgencyDirectory agencies, Clock clock) {
        this.repository = repository;
        this.table = table;
        this.routing = routing;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The recipients in effect on {@code on}: those who would receive a department notice about an event of that day. */
    @Transactional
    public List<DepartmentRecipientResponse> inEffect(LocalDate on) {
        // Read afresh (not the routing cache) so that an edit through another replica shows at once.
        DepartmentRouting.Route route = routing.on(on, table.loadDepartment());
        return switch (route.source()) {
            case HOLDER -> responses(repository.ofAgency(route.holder().orElseThrow().agencyId()));
            case WITHOUT_AGENCY -> responses(repository.withoutAgency());
            case CONFIGURATION -> route.emails().stream().map(DepartmentRecipientResponse::configured).toList();
            case NONE -> List.of();
        };
    }

    /** The recipients recorded for one agency, whether or not it holds the role. */
    @Transactional
    public List<DepartmentRecipientResponse> ofAgency(UUID agencyId) {
        return responses(repository.ofAgency(agencyId));
    }

    @Transactional
    public DepartmentRecipient add(DepartmentRecipientRequest request, String by) {
        if (agencies.find(request.agencyId()).isEmpty()) {
            throw ProblemException.unprocessable("agencyId", "No agency " + request.agencyId() + " is known from the registry.");
        }
        String email = request.email().trim();
        if (repository.existsEmail(request.agencyId(), email)) {
            throw ProblemException.conflict("The department recipient " + email + " is already recorded for agency " + request.agencyId() + ".");
        }
        DepartmentRecipient r = new DepartmentRecipient();
        r.id = UUID.randomUUID();
        r.agencyId = request.agencyId();
        r.email = email;
        r.fullName = request.fullName() == null || request.fullName().isBlank() ? null : request.fullName().trim();
        r.stamp = CreationStamp.of(by, clock.instant());
        repository.persist(r);
        table.invalidate();
        return r;
    }

    @Transactional
    public DepartmentRecipient remove(UUID id) {
        DepartmentRecipient r = repository.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No department recipient " + id + "."));
        repository.delete(r);
        table.invalidate();
        return r;
    }

    /** One recipient with its agency's name. */
    @Transactional
    public DepartmentRecipientResponse response(DepartmentRecipient r) {
        return DepartmentRecipientResponse.of(r, agencyName(r.agencyId));
    }

    private List<DepartmentRecipientResponse> responses(List<DepartmentRecipient> recipients) {
        return recipients.stream().map(r -> DepartmentRecipientResponse.of(r, agencyName(r.agencyId))).toList();
    }

    private String agencyName(UUID agencyId) {
        return agencyId == null ? null : agencies.find(agencyId).map(a -> a.name).orElse(null);
    }
}
