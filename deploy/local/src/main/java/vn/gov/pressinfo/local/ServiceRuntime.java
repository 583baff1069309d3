package vn.gov.pressinfo.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The JDK that runs the services and the start-up archive it uses (ADR 22).
 *
 * <p>On JDK 25 or newer a service starts from an AOT cache ({@code app.aot} beside {@code quarkus-run.jar}, JEP 483
 * and 515: classes loaded and linked, method profiles), which a <em>training start</em> made: the service started
 * once with {@code -XX:AOTCacheOutput}, until ready, then stopped; the JVM writes the cache as it exits. A cache older
 * than any file of the package is stale and trained again. On an older JDK the build's AppCDS archive is used, as
 * before.
 *
 * @param java the {@code java} executable
 * @param feature its feature release (17, 25…)
 */
record ServiceRuntime(Path java, int feature) {

    /** The first release whose AOT cache holds method profiles (JEP 515) and takes a one-step training run. */
    static final int AOT_CACHE_RELEASE = 25;
    /** Where Debian and Ubuntu install JDKs (the Temurin and OpenJDK packages alike). */
    private static final Path JVM_DIRECTORY = Path.of("/usr/lib/jvm");

    /** The JDK of this launcher. */
    static ServiceRuntime launcher() {
        return new ServiceRuntime(Path.of(Jars.javaExecutable()), Runtime.version().feature());
    }

    /** The JDK whose home is {@code home}, read from its {@code release} file. */
    static Optional<ServiceRuntime> ofHome(Path home) {
        Path release = home.resolve("release");
        Path java = home.resolve("bin/java");
        if (!Files.isRegularFile(release) || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(release)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = p.getProperty("JAVA_VERSION", "").replace("\"", "");
        try {
            return Optional.of(new ServiceRuntime(java, Integer.parseInt(version.split("[.+-]")[0])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The newest installed JDK of at least the AOT cache release, else this launcher's JDK. */
    static ServiceRuntime preferred() {
        ServiceRuntime own = launcher();
        if (own.usesAotCache() || !Files.isDirectory(JVM_DIRECTORY)) {
            return own;
        }
        try (Stream<Path> homes = Files.list(JVM_DIRECTORY)) {
            return homes.filter(h -> !Files.isSymbolicLink(h))
                    .map(ServiceRuntime::ofHome).flatMap(Optional::stream)
                    .filter(ServiceRuntime::usesAotCache)
                    .max(Comparator.comparingInt(ServiceRuntime::feature))
                    .orElse(own);
        } catch (IOException e) {
            return own;
        }
    }

    boolean usesAotCache() {
        return feature >= AOT_CACHE_RELEASE;
    }

    /** The AOT cache of a service package. */
    static Path aotCache(Path serviceJar) {
        return serviceJar.resolveSibling("app.aot");
    }

    /** Whether the service needs a training start first: AOT runtime, and no cache newer than every file of the package. */
    boolean needsTraining(Path serviceJar) {
        if (!usesAotCache()) {
            return false;
        }
        Path cache = aotCache(serviceJar);
        if (!Files.isRegularFile(cache)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(serviceJar.getParent())) {
            FileTime made = Files.getLastModifiedTime(cache);
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.equals(cache) && !f.getFileName().toString().startsWith("app."))
                    .anyMatch(f -> lastModified(f).compareTo(made) > 0);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The command that starts the service from its folder ({@code training}: one that writes the AOT cache as it
     * exits). The archives hold the class path as given here, {@code quarkus-run.jar} relative to that folder.
     */
    List<String> command(Path serviceJar, List<String> jvmOptions, boolean training) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Dquarkus.profile=local");
        for (String option : jvmOptions) {
            // Assembling the cache at exit needs more class space than the running service: no cap while training.
            if (!(training && option.startsWith("-XX:MaxMetaspaceSize="))) {
                command.add(option);
            }
        }
        Path cds = Jars.appCdsArchive(serviceJar);
        if (training) {
            command.add("-XX:AOTCacheOutput=" + trainingOutput(serviceJar).getFileName());
        } else if (usesAotCache() && Files.isRegularFile(aotCache(serviceJar))) {
            command.add("-XX:AOTCache=" + aotCache(serviceJar).getFileName());
        } else if (!usesAotCache() && cds != null) {
            // The build's AppCDS archive (quarkus.package.jar.appcds.enabled); a JVM other than the one that built
            // it ignores the archive with a warning and starts without it.
            command.add("-XX:SharedArchiveFile=" + cds.getFileName());
        }
        command.add("-jar");
        command.add(serviceJar.getFileName().toString());
        return command;
    }

    /** Where a training start writes; moved to {@link #aotCache(Path)} once the JVM exited normally. */
    static Path trainingOutput(Path serviceJar) {
        return serviceJar.resolveSibling("app.aot.training");
    }

    /** Keeps the cache a training start wrote, if it wrote one. */
    static boolean keepTrainingOutput(Path serviceJar) {
        Path written = trainingOutput(serviceJar);
        try {
            if (Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(written, aotCache(serviceJar), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
            Files.deleteIfExists(written);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String describe() {
        return java + " (JDK " + feature + (usesAotCache() ? ", AOT cache)" : ", AppCDS archive of the build)");
    }

    private static FileTime lastModified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
