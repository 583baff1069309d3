package vn.gov.pressinfo.pressresponse.statement;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import vn.gov.pressinfo.pressresponse.Fixtures;

/** Bodies and event lookups shared by the statement tests. */
final class Statements {

    static final String PATH = "/api/v1/statements/";
    static final String PUBLIC_PATH = "/api/v1/public/statements";
    static final String SPOKESPERSON = "nguyenthithuha@kiengiang.gov.vn";

    private Statements() {
    }

    /** A press conference held {@code hoursAgo} hours ago. */
    static Map<String, Object> body(String agencyId, boolean isPublic, int hoursAgo) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyId", agencyId);
        body.put("form", "PRESS_CONFERENCE");
        body.put("title", "Họp báo thông tin kinh tế - xã hội quý IV " + Fixtures.marker());
        body.put("content", "Tăng trưởng kinh tế quý IV đạt 7,2%; tỉnh đã giải ngân 95% vốn đầu tư công.");
        body.put("spokespersonEmail", SPOKESPERSON);
        body.put("issuedAt", Instant.now().minus(hoursAgo, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("pressAgencies", List.of("Báo Kiên Giang", "Đài Phát thanh và Truyền hình Kiên Giang"));
        body.put("public", isPublic);
        return body;
    }

    static List<ConsumerRecord<String, String>> issued(String statementId, int count, Duration wait) {
        return Fixtures.events(statementId, "StatementIssued", count, wait);
    }
}
