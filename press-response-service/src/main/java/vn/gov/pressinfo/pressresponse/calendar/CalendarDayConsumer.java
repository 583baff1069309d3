package vn.gov.pressinfo.pressresponse.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IdempotentConsumer;

/** Feeds {@link CalendarDays} from {@code reporting.calendar.v1}, once per event. */
@ApplicationScoped
public class CalendarDayConsumer {

    private static final Logger LOG = Logger.getLogger(CalendarDayConsumer.class);

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final String consumerName;

    public CalendarDayConsumer(IdempotentConsumer consumer, CalendarDays days,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create()
                .on(Events.CALENDAR_DAY_CHANGED, days::apply)
                .otherwise(event -> LOG.debugf("Ignoring %s on %s", event.envelope().type(), event.topic()));
        this.consumerName = application + ".working-calendar";
    }

    @Incoming("reporting-calendar")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(consumerName, record, handlers);
    }
}
