package vn.gov.pressinfo.notification.delivery;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;

/** The delivery log and resends. */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    private final DeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final DeliveryDispatcher dispatcher;
    private final Clock clock;

    public DeliveryService(DeliveryRepository deliveries, DeliveryAttemptRepository attempts, DeliveryDispatcher dispatcher,
            Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public Page<DeliveryResponse> search(DeliveryRepository.Filter filter, PageRequest page) {
        return deliveries.search(filter, page);
    }

    @Transactional
    public DeliveryResponse get(UUID id) {
        Delivery d = find(id);
        return DeliveryResponse.of(d, attempts.of(id));
    }

    public DeliveryResponse resend(UUID id, String by) {
        DeliveryResponse response = markForResend(id, by);
        dispatcher.wake();
        return response;
    }

    @Transactional
    DeliveryResponse markForResend(UUID id, String by) {
        Delivery d = deliveries.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ProblemException.notFound("No delivery " + id + ".");
        }
        d.resend(clock.instant());
        LOG.infof("%s asked to resend delivery %s (%s to %s)", by, id, d.channel, d.recipient);
        return DeliveryResponse.of(d, attempts.of(id));
    }

    private Delivery find(UUID id) {
        return deliveries.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No delivery " + id + "."));
    }
}
