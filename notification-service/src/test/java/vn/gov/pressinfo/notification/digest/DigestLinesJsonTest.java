package vn.gov.pressinfo.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.gov.pressinfo.events.EventJson;

/** The lines of the digest's event data keep the field names and order that the digest templates read, nulls included. */
class DigestLinesJsonTest {

    @Test
    void anOverdueLineIsWrittenWithTheColumnsInOrder() throws Exception {
        assertThat(EventJson.mapper().writeValueAsString(new DigestQueries.OverdueLine("Sở A", null, "Báo cáo quý", "2031-03-17")))
                .isEqualTo("{\"agencyName\":\"Sở A\",\"reference\":null,\"subject\":\"Báo cáo quý\",\"dueDate\":\"2031-03-17\"}");
    }

    @Test
    void anOpenCaseLineIsWrittenWithTheColumnsInOrder() throws Exception {
        assertThat(EventJson.mapper().writeValueAsString(
                new DigestQueries.OpenCaseLine("Sở A", "Báo X", "Tin sai", "https://x.test/1", "FALSE", null)))
                .isEqualTo("{\"agencyName\":\"Sở A\",\"outletName\":\"Báo X\",\"title\":\"Tin sai\",\"url\":\"https://x.test/1\","
                        + "\"verdict\":\"FALSE\",\"responseDueDate\":null}");
    }
}
