package vn.gov.pressinfo.pressresponse.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.reporting.CalendarDayChanged;
import vn.gov.pressinfo.inbox.IdempotentConsumer;

/** Feeds {@link CalendarDays} from {@code reporting.calendar.v1}, once per event. */
@ApplicationScoped
public class CalendarDayConsumer {

    private static final Logger LOG = Logger.getLogger(CalendarDayConsumer.class);

    private final IdempotentConsumer consumer;
    private final CalendarDays days;
    private final String consumerName;

    public CalendarDayConsumer(IdempotentConsumer consumer, CalendarDays days,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.consumer = consumer;
        this.days = days;
        this.consumerName = application + ".working-calendar";
    }

    @Incoming("reporting-calendar")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(consumerName, record, event -> {
            if (!event.is(Events.CALENDAR_DAY_CHANGED)) {
                LOG.debugf("Ignoring %s on %s", event.envelope().type(), event.topic());
                return;
            }
            days.apply(event.data(CalendarDayChanged.class));
        });
    }
}
