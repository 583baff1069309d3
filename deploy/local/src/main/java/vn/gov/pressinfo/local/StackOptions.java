package vn.gov.pressinfo.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;

import vn.gov.pressinfo.local.LocalStack.Service;

/**
 * The settings of a local stack with their defaults, as {@link LocalStack.Builder} sets them (its methods
 * say what each one means); read by the parts of the stack. Every port may be 0 for a free one.
 */
final class StackOptions {
    Path root = Path.of(System.getProperty("pressinfo.root", "."));
    /** Null: {@code <root>/.local}. */
    Path dataDir;
    boolean persistent = true;
    boolean reset;
    int postgresPort = 15432;
    int kafkaPort = 19092;
    boolean mail = true;
    int smtpPort = 2525;
    int imapPort = 2143;
    int mailApiPort = 8025;
    /** Null: looked up by {@link Jars#greenMail(Path, Path)}. */
    Path greenMailJar;
    /** Services without an entry use their {@link Service#defaultPort()}. */
    final EnumMap<Service, Integer> servicePorts = new EnumMap<>(Service.class);
    final EnumSet<Service> services = EnumSet.allOf(Service.class);
    final EnumMap<Service, Map<String, String>> env = new EnumMap<>(Service.class);
    /**
     * Each service's JVM options, the same as the container images' and Kubernetes' {@code JAVA_TOOL_OPTIONS}
     * (figures and reasons in docs/runbook.md, "JVM options and memory"): the heap starts small, grows only as needed
     * up to what the largest document needs and is given back after a peak.
     */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m", "-XX:MinHeapFreeRatio=20",
            "-XX:MaxHeapFreeRatio=40", "-Xss512k", "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-XX:CICompilerCount=2",
            "-XX:+ExitOnOutOfMemoryError");
    /** Environment of each service's JVM: two malloc arenas instead of 8 per CPU (less native memory kept). */
    static final Map<String, String> SERVICE_JVM_ENV = Map.of("MALLOC_ARENA_MAX", "2");
    List<String> serviceJvmOptions = SERVICE_JVM_OPTIONS;
    /** The JDK of the services: the launcher's unless set (deploy/local/up prefers JDK 25 and its AOT cache, ADR 22). */
    ServiceRuntime serviceRuntime = ServiceRuntime.launcher();
    Map<String, String> serviceJvmEnv = SERVICE_JVM_ENV;
    Duration readinessTimeout = Duration.ofSeconds(120);
    Duration stopTimeout = Duration.ofSeconds(20);
    /** Progress goes to the log unless a caller (the {@code up} command line) shows it elsewhere. */
    Consumer<String> progress = line -> Logger.getLogger(LocalStack.class.getName()).info(line);
}
