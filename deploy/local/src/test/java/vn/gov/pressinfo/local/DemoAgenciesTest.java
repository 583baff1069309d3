package vn.gov.pressinfo.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoAgenciesTest {

    private final List<DemoAgencies.Agency> agencies = DemoAgencies.children();

    @Test
    void readsThe39AgenciesOfTheReport() {
        assertThat(agencies).hasSize(39);
        assertThat(agencies.stream().collect(Collectors.groupingBy(DemoAgencies.Agency::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("DEPARTMENT", 24L, "DISTRICT", 15L));
        assertThat(agencies).extracting(DemoAgencies.Agency::code).first().isEqualTo("KG-01");
        assertThat(agencies).extracting(DemoAgencies.Agency::code).last().isEqualTo("KG-39");
        assertThat(agencies).extracting(DemoAgencies.Agency::code).doesNotHaveDuplicates();
    }

    @Test
    void keepsVietnameseNamesIntact() {
        assertThat(agencies.get(0)).isEqualTo(new DemoAgencies.Agency("KG-01", "Sở Kế hoạch và Đầu tư", "DEPARTMENT"));
        // a quoted name with a comma inside
        assertThat(agencies.get(13).name()).isEqualTo("Sở Lao động, Thương binh và Xã hội");
        assertThat(agencies.get(24)).isEqualTo(new DemoAgencies.Agency("KG-25", "UBND thành phố Rạch Giá", "DISTRICT"));
        assertThat(agencies.get(34).name()).isEqualTo("UBND huyện U Minh Thượng");
        assertThat(agencies).allSatisfy(a -> assertThat(Normalizer.isNormalized(a.name(), Normalizer.Form.NFC)).isTrue());
        assertThat(DemoAgencies.ROOT.name()).isEqualTo("Ủy ban nhân dân tỉnh Kiên Giang");
    }

    @Test
    void splitsQuotedFields() {
        assertThat(DemoAgencies.csvFields("1,\"a, \"\"b\"\"\",c,")).containsExactly("1", "a, \"b\"", "c", "");
    }

    @Test
    void rejectsAnUnknownGroup() {
        String csv = "no,name,group,annual_report_2020\n1,\"Sở X\",ministry,submitted\n";
        assertThatThrownBy(() -> DemoAgencies.parse(new StringReader(csv))).hasMessageContaining("unknown group 'ministry'");
    }
}
