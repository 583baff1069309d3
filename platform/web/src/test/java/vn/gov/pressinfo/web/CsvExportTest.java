package vn.gov.pressinfo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

class CsvExportTest {

    @JsonPropertyOrder({"STT", "Tên cơ quan", "Điện thoại", "Số báo cáo"})
    record Row(@JsonProperty("STT") int no, @JsonProperty("Tên cơ quan") String name, @JsonProperty("Điện thoại") String phone,
            @JsonProperty("Số báo cáo") Integer reports) {
    }

    @Test
    void writesABomVietnameseHeadersCrlfAndNeutralisesFormulas() {
        byte[] file = CsvExport.of(Row.class).write(List.of(new Row(1, "Sở Y tế, tỉnh An Giang", "+84 297 3862 000", 3),
                new Row(2, "=HYPERLINK(\"http://x\")", null, -1), new Row(3, "@SUM(A1)", "-5", null), new Row(4, "-1+cmd|' /C calc'!A0", "+1)*SUM(A1", null)));
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("STT,Tên cơ quan,Điện thoại,Số báo cáo\r\n"
                + "1,\"Sở Y tế, tỉnh An Giang\",+84 297 3862 000,3\r\n"
                + "2,\"'=HYPERLINK(\"\"http://x\"\")\",,-1\r\n"
                + "3,'@SUM(A1),-5,\r\n"
                + "4,'-1+cmd|' /C calc'!A0,'+1)*SUM(A1,\r\n");
    }
}
