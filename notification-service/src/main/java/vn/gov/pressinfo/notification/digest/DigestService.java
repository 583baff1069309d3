package vn.gov.pressinfo.notification.digest;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.notification.config.NotificationConfig;
import vn.gov.pressinfo.notification.delivery.Channel;
import vn.gov.pressinfo.notification.delivery.DeliveryDispatcher;
import vn.gov.pressinfo.notification.delivery.DeliveryInsertQueries;
import vn.gov.pressinfo.notification.delivery.PlannedDelivery;
import vn.gov.pressinfo.notification.delivery.StoredEvent;
import vn.gov.pressinfo.notification.department.DepartmentRouting;
import vn.gov.pressinfo.notification.message.NoticeTemplates;
import vn.gov.pressinfo.notification.routing.RecipientKind;
import vn.gov.pressinfo.notification.routing.RoutingTable;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * The department's daily digest (bản tổng hợp hằng ngày): once a day, from
 * {@code pressinfo.notification.digest.hour} in Asia/Ho_Chi_Minh, one email to each department recipient (those of the
 * agency that holds the department role that day, see {@link DepartmentRouting}) listing the overdue assignments and open false-information cases. The {@code digest} table's primary key
 * on the day makes it once per day whichever replica gets there first, and across restarts.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);
    private static final String SOURCE = "/pressinfo/notification-service";

    private final DigestQueries queries;
    private final RoutingTable routing;
    private final DeliveryInsertQueries writer;
    private final DeliveryDispatcher dispatcher;
    private final NotificationConfig.Digest config;
    private final Clock clock;
    private final DepartmentRouting department;

    public DigestService(DigestQueries queries, RoutingTable routing, DeliveryInsertQueries writer, DeliveryDispatcher dispatcher,
            NotificationConfig config, Clock clock, DepartmentRouting department) {
        this.queries = queries;
        this.department = department;
        this.routing = routing;
        this.writer = writer;
        this.dispatcher = dispatcher;
        this.config = config.digest();
        this.clock = clock;
    }

    @Scheduled(identity = "daily-digest", every = "${pressinfo.notification.digest.every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        sendIfDue();
    }

    /** Creates today's digest if its hour has come and no replica has created it yet; returns its day if it did. */
    public Optional<LocalDate> sendIfDue() {
        ZonedDateTime now = clock.instant().atZone(BusinessTime.ZONE);
        if (now.getHour() < config.hour()) {
            return Optional.empty();
        }
        LocalDate day = now.toLocalDate();
        boolean created = QuarkusTransaction.requiringNew().call(() -> create(day, clock.instant()));
        if (created) {
            dispatcher.wake();
            LOG.infof("Daily digest of %s queued", day);
            return Optional.of(day);
        }
        return Optional.empty();
    }

    private boolean create(LocalDate day, Instant now) throws SQLException, JsonProcessingException {
        String eventId = "digest-" + day;
        if (!queries.createDigest(day, eventId, now)) {
            return false;
        }
        List<DigestQueries.OverdueLine> overdue = queries.overdueAssignments();
        List<DigestQueries.OpenCaseLine> openCases = queries.openCases();
        queries.setCounts(day, overdue.size(), openCases.size());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("date", day.toString());
        data.put("overdueCount", overdue.size());
        data.put("openCaseCount", openCases.size());
        data.put("overdue", overdue);
        data.put("openCases", openCases);
        StoredEvent event = new StoredEvent(eventId, NoticeTemplates.DIGEST_TYPE, SOURCE, day.toString(), now,
                EventJson.mapper().writeValueAsString(data));
        // The department of the digest's day: the recipients of the agency holding the role then (DepartmentRouting).
        List<PlannedDelivery> deliveries = department.on(day, routing.current().department()).emails().stream()
                .map(email -> PlannedDelivery.pending(Channel.EMAIL, email, RecipientKind.DEPARTMENT, null)).toList();
        writer.write(event, deliveries, List.of(), now);
        return true;
    }
}
