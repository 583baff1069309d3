package vn.gov.pressinfo.notification.department;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.notification.config.NotificationConfig;
import vn.gov.pressinfo.notification.routing.RoutingTable;
import vn.gov.pressinfo.web.ProblemException;

/** The department officers who receive department notices; configuration applies while none is recorded. */
@ApplicationScoped
public class DepartmentRecipientService {

    private final DepartmentRecipientRepository repository;
    private final RoutingTable table;
    private final NotificationConfig config;
    private final Clock clock;

    public DepartmentRecipientService(DepartmentRecipientRepository repository, RoutingTable table, NotificationConfig config,
            Clock clock) {
        this.repository = repository;
        this.table = table;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public List<DepartmentRecipientResponse> list() {
        List<DepartmentRecipient> recorded = repository.all();
        if (!recorded.isEmpty()) {
            return recorded.stream().map(DepartmentRecipientResponse::of).toList();
        }
        return config.departmentEmails().orElse(List.of()).stream().map(String::trim).filter(e -> !e.isEmpty())
                .map(DepartmentRecipientResponse::configured).toList();
    }

    @Transactional
    public DepartmentRecipient add(DepartmentRecipientRequest request, String by) {
        String email = request.email().trim();
        if (repository.existsEmail(email)) {
            throw ProblemException.conflict("The department recipient " + email + " is already recorded.");
        }
        DepartmentRecipient r = new DepartmentRecipient();
        r.id = UUID.randomUUID();
        r.email = email;
        r.fullName = request.fullName() == null || request.fullName().isBlank() ? null : request.fullName().trim();
        r.createdAt = clock.instant();
        r.createdBy = by;
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
}
