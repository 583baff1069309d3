package vn.gov.pressinfo.notification.inbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.notification.routing.Audience;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;

/** Reads a caller's inbox and marks items read; an item of another audience is 403. */
@ApplicationScoped
public class InboxService {

    private final InboxItemRepository repository;
    private final Clock clock;

    public InboxService(InboxItemRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public Page<InboxItem> list(Audience audience, boolean unreadOnly, PageRequest page) {
        return repository.of(audience.key(), unreadOnly, page);
    }

    @Transactional
    public InboxItem markRead(Audience audience, UUID id, String by) {
        InboxItem item = repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No inbox item " + id + "."));
        if (!item.audience.equals(audience.key())) {
            throw ProblemException.forbidden("This item belongs to another inbox.");
        }
        item.markRead(by, clock.instant());
        return item;
    }
}
