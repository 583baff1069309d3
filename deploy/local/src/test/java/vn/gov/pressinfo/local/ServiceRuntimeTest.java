package vn.gov.pressinfo.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceRuntimeTest {

    @TempDir
    Path dir;

    @Test
    void readsTheReleaseOfAJdkHome() throws IOException {
        Path home = jdk("temurin-25", "25.0.3");
        ServiceRuntime runtime = ServiceRuntime.ofHome(home).orElseThrow();
        assertEquals(25, runtime.feature());
        assertEquals(home.resolve("bin/java"), runtime.java());
        assertTrue(runtime.usesAotCache());
        assertEquals(17, ServiceRuntime.ofHome(jdk("openjdk-17", "17.0.15")).orElseThrow().feature());
        assertTrue(ServiceRuntime.ofHome(dir.resolve("nothing")).isEmpty());
    }

    @Test
    void trainsWithoutTheMetaspaceCapThenStartsFromTheCache() throws IOException {
        ServiceRuntime runtime = ServiceRuntime.ofHome(jdk("temurin-25", "25.0.3")).orElseThrow();
        Path jar = servicePackage();
        List<String> options = List.of("-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m");

        List<String> training = runtime.command(jar, options, true);
        assertEquals(List.of(runtime.java().toString(), "-Dquarkus.profile=local", "-XX:+UseSerialGC",
                "-XX:AOTCacheOutput=app.aot.training", "-jar", "quarkus-run.jar"), training);

        Files.writeString(ServiceRuntime.trainingOutput(jar), "cache");
        assertTrue(ServiceRuntime.keepTrainingOutput(jar));
        assertEquals(List.of(runtime.java().toString(), "-Dquarkus.profile=local", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m",
                "-XX:AOTCache=app.aot", "-jar", "quarkus-run.jar"), runtime.command(jar, options, false));
    }

    @Test
    void aCacheOlderThanThePackageIsTrainedAgain() throws IOException {
        ServiceRuntime runtime = ServiceRuntime.ofHome(jdk("temurin-25", "25.0.3")).orElseThrow();
        Path jar = servicePackage();
        assertTrue(runtime.needsTraining(jar), "no cache yet");
        Path cache = ServiceRuntime.aotCache(jar);
        Files.writeString(cache, "cache");
        Files.setLastModifiedTime(jar.resolveSibling("lib/main/dependency.jar"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        assertFalse(runtime.needsTraining(jar), "cache newer than every file");
        Files.setLastModifiedTime(jar.resolveSibling("lib/main/dependency.jar"), FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(runtime.needsTraining(jar), "a rebuilt library");
    }

    @Test
    void anOlderJdkUsesTheAppCdsArchiveOfTheBuild() throws IOException {
        ServiceRuntime runtime = ServiceRuntime.ofHome(jdk("openjdk-17", "17.0.15")).orElseThrow();
        Path jar = servicePackage();
        Files.writeString(jar.resolveSibling("app-cds.jsa"), "archive");
        assertFalse(runtime.needsTraining(jar));
        assertTrue(runtime.command(jar, List.of(), false).contains("-XX:SharedArchiveFile=app-cds.jsa"));
    }

    private Path servicePackage() throws IOException {
        Path app = Files.createDirectories(dir.resolve("quarkus-app/lib/main")).getParent().getParent();
        Files.writeString(app.resolve("lib/main/dependency.jar"), "jar");
        return Files.writeString(app.resolve("quarkus-run.jar"), "jar");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name).resolve("bin")).getParent();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
