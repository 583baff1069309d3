package vn.gov.pressinfo.notification.agency;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import vn.gov.pressinfo.agencydirectory.AgencySnapshotConsumer;
import vn.gov.pressinfo.agencydirectory.SpokespersonEventConsumer;

/**
 * The two channels that feed this service's copy of registry's reference data (platform-agency-directory's read
 * models): {@code registry-agencies} (agency snapshots and dated roles from {@code registry.agencies.v1}, batched) and
 * {@code registry-spokespersons} (spokespersons and authorizations from {@code registry.spokespersons.v1}). Their
 * topics, group and dead-letter topics are in {@code application.properties}; the module applies the events.
 */
@ApplicationScoped
public class AgencyDirectoryChannels {

    private final AgencySnapshotConsumer agencies;
    private final SpokespersonEventConsumer spokespersons;

    public AgencyDirectoryChannels(AgencySnapshotConsumer agencies, SpokespersonEventConsumer spokespersons) {
        this.agencies = agencies;
        this.spokespersons = spokespersons;
    }

    @Incoming("registry-agencies")
    @Blocking
    public CompletionStage<Void> agencies(KafkaRecordBatch<String, String> batch) {
        return agencies.consume(batch);
    }

    @Incoming("registry-spokespersons")
    @Blocking
    public void spokespersons(ConsumerRecord<String, String> record) {
        spokespersons.consume(record);
    }
}
