package vn.gov.pressinfo.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.gov.pressinfo.registry.directory.DirectoryKind;
import vn.gov.pressinfo.registry.press.PressMedium;
import vn.gov.pressinfo.registry.spokesperson.SpokespersonKind;

/**
 * Every enum of registry-service, found by walking its compiled classes (so a new enum is checked the day it is added),
 * carries a Vietnamese label for each constant: exports print labels, never codes.
 */
class EnumLabelsTest {

    @Test
    void everyEnumOfTheServiceHasAVietnameseLabelForEachConstant() throws Exception {
        List<Class<?>> enums = enumsOfTheService();
        assertThat(enums).as("enums found").hasSizeGreaterThanOrEqualTo(14).contains(SpokespersonKind.class, DirectoryKind.class,
                PressMedium.class);
        List<String> failures = new ArrayList<>();
        for (Class<?> type : enums) {
            if (!Labelled.class.isAssignableFrom(type)) {
                failures.add(type.getName() + " does not implement Labelled");
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                String label = ((Labelled) constant).label();
                String where = type.getSimpleName() + "." + name;
                if (label == null || label.isBlank()) {
                    failures.add(where + " has no label");
                } else if (label.equalsIgnoreCase(name) || label.equalsIgnoreCase(name.replace('_', ' ')) || label.matches("[A-Z0-9_ ]+")) {
                    failures.add(where + " is labelled with a code: " + label);
                } else if (!label.equals(label.strip()) || !Character.isUpperCase(label.charAt(0))) {
                    failures.add(where + " label must be trimmed and start with a capital: " + label);
                } else if (!seen.add(label)) {
                    failures.add(where + " has the label of another constant: " + label);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void spokespersonKindsUseTheTermsOfDecree09() {
        assertThat(DirectoryKind.HEAD.label()).isEqualTo("Người đứng đầu");
        assertThat(DirectoryKind.APPOINTED.label()).isEqualTo("Người phát ngôn");
        assertThat(DirectoryKind.AUTHORIZED.label()).isEqualTo("Người được ủy quyền phát ngôn");
        assertThat(SpokespersonKind.HEAD.label()).isEqualTo(DirectoryKind.HEAD.label());
        assertThat(SpokespersonKind.APPOINTED.label()).isEqualTo(DirectoryKind.APPOINTED.label());
    }

    /** The enums (top level and nested) among the compiled classes of vn.gov.pressinfo.registry. */
    private static List<Class<?>> enumsOfTheService() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pkg = root.resolve("vn/gov/pressinfo/registry");
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(pkg)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EnumLabelsTest.class.getClassLoader());
                if (type.isEnum()) {
                    enums.add(type);
                }
            }
        }
        return enums;
    }
}
