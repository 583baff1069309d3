package vn.gov.pressinfo.consumer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.gov.pressinfo.embedded.KafkaBroker;
import vn.gov.pressinfo.testing.SharedInfrastructure;

/** Creates the test consumer's topics and their dead-letter topics, like the suite's topics. */
public class TestTopics implements QuarkusTestResourceLifecycleManager {

    static final String TOPIC = "test.inbox.v1";
    static final String DEAD_LETTER = TOPIC + ".dlq";
    /** The topic of the batched channel ({@code batch=true}), with its dead-letter topic. */
    static final String BATCH_TOPIC = "test.inbox-batch.v1";
    static final String BATCH_DEAD_LETTER = BATCH_TOPIC + ".dlq";

    @Override
    public Map<String, String> start() {
        try (Admin admin = SharedInfrastructure.kafka().admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = List.of(new NewTopic(TOPIC, KafkaBroker.PARTITIONS, (short) 1), new NewTopic(DEAD_LETTER, 1, (short) 1),
                    new NewTopic(BATCH_TOPIC, KafkaBroker.PARTITIONS, (short) 1), new NewTopic(BATCH_DEAD_LETTER, 1, (short) 1))
                    .stream().filter(t -> !existing.contains(t.name())).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the test topics", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // The broker is shared for the whole JVM and stopped by SharedInfrastructure.
    }
}
