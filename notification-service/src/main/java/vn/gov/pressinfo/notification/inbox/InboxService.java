package vn.gov.pressinfo.notification.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyRoles;
import vn.gov.pressinfo.notification.routing.Audience;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Reads a caller's inbox and marks items read; an item of another audience is 403. The department's inbox (press-admin)
 * holds the department items and those of the agency that holds the department role today, where department notices
 * go since the registry publishes the role.
 */
@ApplicationScoped
public class InboxService {

    private final InboxItemRepository repository;
    private final AgencyRoles roles;
    private final BusinessTime time;
    private final Clock clock;

    public InboxService(InboxItemRepository repository, AgencyRoles roles, BusinessTime time, Clock clock) {
        this.repository = repository;
        this.roles = roles;
        this.time = time;
        this.clock = clock;
    }

    /** The caller's items, newest first: one statement (the department's holder included), no transaction of its own. */
    public Page<InboxItemResponse> list(Audience audience, boolean unreadOnly, PageRequest page) {
        return audience.isDepartment() ? repository.ofDepartment(time.today(), unreadOnly, page) : repository.of(audience, unreadOnly, page);
    }

    @Transactional
    public InboxItem markRead(Audience audience, UUID id, String by) {
        InboxItem item = repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No inbox item " + id + "."));
        if (!keys(audience).contains(item.audience)) {
            throw ProblemException.forbidden("This item belongs to another inbox.");
        }
        item.markRead(by, clock.instant());
        return item;
    }

    /** The audiences whose items the caller's inbox shows. */
    private List<String> keys(Audience audience) {
        List<String> keys = new ArrayList<>(List.of(audience.key()));
        if (audience.isDepartment()) {
            roles.pressManagementDepartment().ifPresent(h -> keys.add(Audience.agency(h.agencyId()).key()));
        }
        return keys;
    }
}
