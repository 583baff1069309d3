package vn.gov.pressinfo.testing;

import java.io.IOException;
import java.sql.SQLException;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.embedded.KafkaBroker;
import vn.gov.pressinfo.embedded.PostgresServer;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, started on first use and stopped when the
 * JVM exits, so every test class of a service reuses them.
 */
public final class SharedInfrastructure {

    private static final Logger LOG = Logger.getLogger(SharedInfrastructure.class);
    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private SharedInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            try {
                long start = System.nanoTime();
                postgres = PostgresServer.start(null, 0, false);
                LOG.infof("Embedded PostgreSQL on port %d in %d ms", postgres.port(), (System.nanoTime() - start) / 1_000_000);
            } catch (IOException e) {
                throw new IllegalStateException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    LOG.warn("could not stop embedded PostgreSQL", e);
                }
            }, "stop-postgres"));
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            try {
                long start = System.nanoTime();
                kafka = KafkaBroker.start(null, 0);
                kafka.createSuiteTopics();
                LOG.infof("In-process Kafka broker at %s in %d ms", kafka.bootstrapServers(), (System.nanoTime() - start) / 1_000_000);
            } catch (IOException e) {
                throw new IllegalStateException("could not start the Kafka broker", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-kafka"));
        }
        return kafka;
    }

    /** A fresh database on the shared server. */
    public static String database(String name) {
        try {
            postgres().createDatabase(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return postgres().jdbcUrl(name);
    }
}
