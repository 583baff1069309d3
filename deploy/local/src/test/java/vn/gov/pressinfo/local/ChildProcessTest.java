package vn.gov.pressinfo.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void leavesAProcessAloneWhoseCommandLineIsNotOurs() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "60").start();
        try {
            Path pidFile = dir.resolve("registry-service.pid");
            Files.writeString(pidFile, stranger.pid() + "\n");

            String message = ChildProcess.stopLeftover(pidFile, List.of("quarkus-run.jar", "registry-service"), Duration.ofSeconds(5));

            assertThat(message).contains("not ours").contains("left alone");
            assertThat(stranger.isAlive()).isTrue();
            assertThat(pidFile).doesNotExist();
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void stopsAProcessThatRunsTheExpectedCommand() throws Exception {
        // A stand-in whose command line names the jar, as a service started by an earlier launcher would.
        Process leftover = new ProcessBuilder("bash", "-c", "exec -a 'java -jar /x/registry-service/target/quarkus-app/quarkus-run.jar' sleep 60")
                .start();
        Path pidFile = dir.resolve("registry-service.pid");
        Files.writeString(pidFile, leftover.pid() + "\n");
        Thread.sleep(200); // let bash exec

        String message = ChildProcess.stopLeftover(pidFile, List.of("quarkus-run.jar", "registry-service"), Duration.ofSeconds(5));

        assertThat(message).startsWith("Stopped registry-service");
        assertThat(leftover.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void ignoresAPidThatIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path pidFile = dir.resolve("mail-sink.pid");
        Files.writeString(pidFile, gone.pid() + "\n");

        assertThat(ChildProcess.stopLeftover(pidFile, List.of("greenmail-standalone"), Duration.ofSeconds(1))).isNull();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void readsResidentMemory() {
        assertThat(ChildProcess.residentBytes(ProcessHandle.current().pid())).isGreaterThan(10L * 1024 * 1024);
    }
}
