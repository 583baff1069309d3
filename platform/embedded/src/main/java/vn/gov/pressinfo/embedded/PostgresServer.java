package vn.gov.pressinfo.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from the zonky binaries artifact, listening on 127.0.0.1 only (no Unix
 * socket). With a data directory it persists between runs; a postmaster left behind by a killed JVM
 * is stopped first.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where the cluster lives; null for a throw-away one in the temp folder
     * @param port          0 for any free port
     * @param durable       false turns fsync off (tests)
     */
    public static PostgresServer start(Path dataDirectory, int port, boolean durable) throws IOException {
        return start(dataDirectory, port, durable, true);
    }

    /**
     * As {@link #start(Path, int, boolean)}.
     *
     * @param stopOnJvmExit false when the caller stops the server from its own shutdown hook, e.g. the
     *                      local stack, which must stop the services that use it first
     */
    public static PostgresServer start(Path dataDirectory, int port, boolean durable, boolean stopOnJvmExit) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(stopOnJvmExit)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
        if (durable) {
            // zonky starts the server with fsync off by default; data meant to persist needs it on.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        } else {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory);
            stopLeftover(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return new PostgresServer(builder.start());
    }

    /** A postmaster whose JVM was killed still runs and holds the data directory: stop it. */
    private static void stopLeftover(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        try {
            Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(first));
            // Only a postgres process: a stale pid file may name an unrelated process by now.
            boolean isPostgres = leftover.flatMap(h -> h.info().command()).map(c -> c.endsWith("postgres")).orElse(false);
            if (leftover.isPresent() && leftover.get().isAlive() && isPostgres) {
                LOG.warnf("Stopping PostgreSQL (pid %s) left running by an earlier run", first);
                leftover.get().destroy(); // SIGTERM: smart shutdown
                for (int i = 0; i < 100 && leftover.get().isAlive(); i++) {
                    Thread.sleep(100);
                }
                if (leftover.get().isAlive()) {
                    leftover.get().destroyForcibly();
                }
            }
        } catch (NumberFormatException e) {
            LOG.debugf("Unreadable %s; ignored", pidFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(pidFile);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists. */
    public void createDatabase(String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
