package vn.gov.pressinfo.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import vn.gov.pressinfo.local.LocalStack.Service;

/** Where the jars that the local stack starts are, and the launcher's own {@code java}. */
final class Jars {

    private Jars() {
    }

    /** The packaged service (Quarkus fast-jar) in the repository checkout. */
    static Path service(Path root, Service s) {
        return root.resolve(s.artifactId()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The AppCDS archive the build wrote beside the service's {@code quarkus-run.jar}, or null if there is none. */
    static Path appCdsArchive(Path serviceJar) {
        Path archive = serviceJar.resolveSibling("app-cds.jsa");
        return Files.isRegularFile(archive) ? archive : null;
    }

    /** The configured jar, else deploy/local/target/greenmail (copied by the build), else the local Maven repository. */
    static Path greenMail(Path root, Path configured) {
        if (configured != null) {
            return requireFile(configured, "the GreenMail standalone jar");
        }
        Path built = root.resolve("deploy/local/target/greenmail/greenmail-standalone.jar");
        if (Files.isRegularFile(built)) {
            return built;
        }
        String version = buildProperties().getProperty("greenmail.version");
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "com", "icegreen", "greenmail-standalone", version,
                "greenmail-standalone-" + version + ".jar");
        if (Files.isRegularFile(m2)) {
            return m2;
        }
        return requireFile(built, "the GreenMail standalone jar; build deploy/local with ./mvnw -B -q install -DskipTests");
    }

    static Path requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + file + " (" + what + ")");
        }
        return file;
    }

    /** The java of this JVM: the infrastructure's, and the services' unless a {@link ServiceRuntime} names another JDK. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = LocalStack.class.getResourceAsStream("/pressinfo-local.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
