package vn.gov.pressinfo.agencydirectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.Test;

/**
 * The module adds no endpoint and no Kafka channel to the service that depends on it (ADR 21): no JAX-RS resource, no
 * {@code @Incoming} method, no channel configuration. Services declare those themselves.
 */
class DeclaresNothingTest {

    @Test
    void noResourceAndNoIncomingMethod() throws Exception {
        List<String> declared = new ArrayList<>();
        for (Class<?> type : moduleClasses()) {
            if (type.isAnnotationPresent(Path.class)) {
                declared.add(type.getName() + " is a JAX-RS resource");
            }
            for (Method method : type.getDeclaredMethods()) {
                if (has(method.getAnnotations(), Path.class) || has(method.getAnnotations(), Incoming.class)) {
                    declared.add(type.getName() + "." + method.getName() + " declares an endpoint or a channel");
                }
            }
        }
        assertThat(moduleClasses()).contains(AgencyDirectory.class, AgencySnapshotConsumer.class, SpokespersonEventConsumer.class);
        assertThat(declared).isEmpty();
    }

    @Test
    void noChannelConfiguration() throws Exception {
        java.nio.file.Path config = classesDirectory().resolve("META-INF/microprofile-config.properties");
        Properties properties = new Properties();
        if (Files.isRegularFile(config)) {
            try (var in = Files.newInputStream(config)) {
                properties.load(in);
            }
        }
        assertThat(properties.stringPropertyNames()).as("channel configuration belongs in the service's application.properties")
                .noneMatch(key -> key.startsWith("mp.messaging."));
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType() == type);
    }

    private static java.nio.file.Path classesDirectory() throws URISyntaxException {
        return java.nio.file.Path.of(AgencyDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The classes of src/main/java (target/classes). */
    private static List<Class<?>> moduleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = classesDirectory();
        List<Class<?>> result = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                result.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        DeclaresNothingTest.class.getClassLoader()));
            }
        }
        return result;
    }
}
