package vn.gov.pressinfo.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles and summaries stay within the maxLength the OpenAPI document gives for InboxItem. */
class NoticeCutTest {

    @Test
    void shortTextIsKept() {
        assertThat(NoticeTemplates.cut("Quá hạn gửi báo cáo", NoticeTemplates.MAX_TITLE_LENGTH)).isEqualTo("Quá hạn gửi báo cáo");
    }

    @Test
    void longTextEndsInAnEllipsisWithinTheLimit() {
        String cut = NoticeTemplates.cut("ă".repeat(3000), NoticeTemplates.MAX_SUMMARY_LENGTH);
        assertThat(cut).hasSize(NoticeTemplates.MAX_SUMMARY_LENGTH).endsWith("ă…");
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "a".repeat(8) + "😀" + "b".repeat(10); // the emoji is chars 8 and 9
        String cut = NoticeTemplates.cut(text, 10);
        assertThat(cut).isEqualTo("a".repeat(8) + "…");
        assertThat(cut.length()).isLessThanOrEqualTo(10);
    }
}
