package vn.gov.pressinfo.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void foldsVietnameseDiacriticsAndCase() {
        assertThat(TextSearch.fold("Kiên Giang")).isEqualTo("kien giang");
        assertThat(TextSearch.fold("  Sở Thông tin   và Truyền thông ")).isEqualTo("so thong tin va truyen thong");
        assertThat(TextSearch.fold("ĐÀ NẴNG")).isEqualTo("da nang");
        assertThat(TextSearch.fold("Tòa án Nhân dân")).isEqualTo("toa an nhan dan");
    }

    @Test
    void likePatternEscapesWildcards() {
        assertThat(TextSearch.likePattern("kien giang")).isEqualTo("%kien giang%");
        assertThat(TextSearch.likePattern("50%_x")).isEqualTo("%50\\%\\_x%");
        assertThat(TextSearch.likePattern("  ")).isNull();
        assertThat(TextSearch.likePattern(null)).isNull();
    }
}
