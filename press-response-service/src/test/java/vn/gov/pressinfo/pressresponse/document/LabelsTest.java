package vn.gov.pressinfo.pressresponse.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Walks every enum of the service (the compiled classes under {@code vn.gov.pressinfo.pressresponse}) and checks that each
 * constant carries a Vietnamese label: not blank, not its code, written with Vietnamese letters, distinct within its enum.
 * An enum added without labels fails here, before an English code reaches a document, a feed or an export.
 */
class LabelsTest {

    private static final String ROOT = "vn/gov/pressinfo/pressresponse";

    @Test
    void everyEnumOfTheServiceHasAVietnameseLabelForEveryConstant() throws Exception {
        List<Class<?>> enums = enums();
        assertThat(enums).as("enums found").hasSizeGreaterThanOrEqualTo(20)
                .contains(vn.gov.pressinfo.pressresponse.presscase.Verdict.class,
                        vn.gov.pressinfo.pressresponse.presscase.Medium.class,
                        vn.gov.pressinfo.pressresponse.rebuttal.RebuttalStatus.class);
        for (Class<?> type : enums) {
            assertThat(Labelled.class).as("%s implements Labelled", type.getName()).isAssignableFrom(type);
            Set<String> seen = new HashSet<>();
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                String label = ((Labelled) constant).label();
                assertThat(label).as("%s.%s", type.getSimpleName(), name).isNotBlank().isNotEqualToIgnoringCase(name)
                        .doesNotContain("_")
                        .matches(s -> s.chars().anyMatch(c -> c > 127), "is written with Vietnamese letters");
                assertThat(seen.add(label)).as("%s.%s label %s is unique", type.getSimpleName(), name, label).isTrue();
            }
        }
    }

    private static List<Class<?>> enums() throws IOException, URISyntaxException {
        Path root = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(ROOT);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.getParent().getParent().getParent().getParent().relativize(f).toString())
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .map(LabelsTest::load)
                    .filter(c -> c.isEnum() && !c.isAnonymousClass())
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, LabelsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
