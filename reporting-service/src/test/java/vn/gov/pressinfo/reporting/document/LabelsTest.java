package vn.gov.pressinfo.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every enum of this service either carries a Vietnamese label for each constant ({@link Labelled}) or is internal, named
 * below: an export can then never show an English code (issue 17). A new enum fails here until someone decides.
 */
class LabelsTest {

    /** Enums no person reads in a file: the kinds of recorded facts. */
    private static final Set<String> INTERNAL = Set.of("vn.gov.pressinfo.reporting.facts.PressFact$Kind",
            "vn.gov.pressinfo.reporting.facts.ComplianceFact$Kind");

    private static List<Class<?>> enums() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root.resolve("vn/gov/pressinfo/reporting"))) {
            names = files.map(f -> root.relativize(f).toString()).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).toList();
        }
        List<Class<?>> result = new java.util.ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, LabelsTest.class.getClassLoader());
            if (type.isEnum()) {
                result.add(type);
            }
        }
        return result;
    }

    @Test
    void everyConstantOfEveryEnumHasAVietnameseLabel() throws Exception {
        List<Class<?>> enums = enums();
        assertThat(enums).extracting(Class::getSimpleName).contains("AssignmentState", "AgencyGroup", "ProvidingForm", "ComplianceListKind");
        for (Class<?> type : enums) {
            if (INTERNAL.contains(type.getName())) {
                continue;
            }
            assertThat(Labelled.class).as(type.getName() + " must implement Labelled or be listed as internal").isAssignableFrom(type);
            for (Object constant : type.getEnumConstants()) {
                String label = ((Labelled) constant).label();
                String name = ((Enum<?>) constant).name();
                assertThat(label).as(type.getSimpleName() + "." + name).isNotBlank().isNotEqualTo(name)
                        .doesNotContain("_").isNotEqualToIgnoringCase(name.replace('_', ' '));
            }
        }
    }

    @Test
    void periodsNumbersAndDatesReadAsInVietnameseDocuments() {
        assertThat(VietnameseText.period("2025")).isEqualTo("năm 2025");
        assertThat(VietnameseText.period("2025-H1")).isEqualTo("6 tháng đầu năm 2025");
        assertThat(VietnameseText.period("2025-Q3")).isEqualTo("quý III năm 2025");
        assertThat(VietnameseText.period("2025-07")).isEqualTo("tháng 7 năm 2025");
        assertThat(VietnameseText.number(1600)).isEqualTo("1.600");
        assertThat(VietnameseText.decimal(2.85)).isEqualTo("2,85");
        assertThat(VietnameseText.count(5)).isEqualTo("05");
        assertThat(VietnameseText.date(java.time.LocalDate.of(2025, 1, 5))).isEqualTo("05/01/2025");
    }

    @Test
    void periodLabelsAreReadByReportingPeriodAndOtherTextIsKept() {
        assertThat(VietnameseText.period(" 2025-H2 ")).isEqualTo("6 tháng cuối năm 2025");
        assertThat(VietnameseText.period("2025-12")).isEqualTo("tháng 12 năm 2025");
        assertThat(VietnameseText.period("Đợt kiểm tra 2025")).isEqualTo("Đợt kiểm tra 2025");
        assertThat(VietnameseText.period(null)).isEmpty();
    }
}
