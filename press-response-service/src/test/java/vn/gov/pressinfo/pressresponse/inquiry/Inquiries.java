package vn.gov.pressinfo.pressresponse.inquiry;

import static vn.gov.pressinfo.pressresponse.Fixtures.monitor;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.testing.TopicReader;

/** Bodies and event lookups shared by the inquiry tests. */
final class Inquiries {

    static final String PATH = "/api/v1/press-inquiries/";
    static final String SPOKESPERSON = "nguyenthithuha@kiengiang.gov.vn";

    private Inquiries() {
    }

    static Map<String, Object> body(String agencyId, String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyId", agencyId);
        body.put("outletName", "Báo Kiên Giang");
        body.put("journalistName", "Lê Minh Tâm");
        body.put("introductionLetter", "Giấy giới thiệu số 45/GGT-BKG");
        body.put("channel", "EMAIL");
        body.put("subject", "Tiến độ xây dựng Bệnh viện Đa khoa tỉnh");
        body.put("questions", List.of("Dự án đã hoàn thành bao nhiêu phần trăm?", "Khi nào đưa vào sử dụng?"));
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt);
        }
        return body;
    }

    /** Registers an inquiry as press-monitor; returns its id. */
    static String register(String agencyId, String receivedAt) {
        return monitor().body(body(agencyId, receivedAt)).post(PATH).then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    static Map<String, Object> assignment() {
        return Map.of("spokespersonEmail", SPOKESPERSON, "note", "Giao người phát ngôn");
    }

    static Map<String, Object> answer() {
        return Map.of("form", "WRITTEN_ANSWER", "answer", "Dự án đã hoàn thành 85% khối lượng.", "spokespersonEmail", SPOKESPERSON);
    }

    static List<ConsumerRecord<String, String>> events(String inquiryId, String type, int count, Duration wait) {
        return TopicReader.await(Fixtures.bootstrapServers(), Topics.PRESS_EVENTS,
                r -> inquiryId.equals(r.key()) && ("vn.gov.pressinfo.press." + type + ".v1").equals(TopicReader.header(r, "ce_type")),
                count, wait);
    }
}
