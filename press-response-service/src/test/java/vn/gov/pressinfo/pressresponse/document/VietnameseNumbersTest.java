package vn.gov.pressinfo.pressresponse.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @Test
    void numbersAreWrittenAsVietnameseDocumentsWriteThem() {
        assertThat(VietnameseNumbers.withWords(2)).isEqualTo("02 (hai)");
        assertThat(VietnameseNumbers.withWords(7)).isEqualTo("07 (bảy)");
        assertThat(VietnameseNumbers.withWords(24)).isEqualTo("24 (hai mươi bốn)");
        assertThat(VietnameseNumbers.words(10)).isEqualTo("mười");
        assertThat(VietnameseNumbers.words(11)).isEqualTo("mười một");
        assertThat(VietnameseNumbers.words(15)).isEqualTo("mười lăm");
        assertThat(VietnameseNumbers.words(21)).isEqualTo("hai mươi mốt");
        assertThat(VietnameseNumbers.words(25)).isEqualTo("hai mươi lăm");
        assertThat(VietnameseNumbers.words(30)).isEqualTo("ba mươi");
        assertThat(VietnameseNumbers.words(100)).isEqualTo("một trăm");
        assertThat(VietnameseNumbers.words(105)).isEqualTo("một trăm linh năm");
        assertThat(VietnameseNumbers.words(115)).isEqualTo("một trăm mười lăm");
        assertThat(VietnameseNumbers.words(999)).isEqualTo("chín trăm chín mươi chín");
        assertThat(VietnameseNumbers.withWords(1000)).isEqualTo("1000");
    }
}
