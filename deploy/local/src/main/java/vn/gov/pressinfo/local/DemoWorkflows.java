package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.pressinfo.testing.DevTokens;

/**
 * The demo's work in progress, made through the services' APIs as their users would, after the agencies: the
 * spokesperson of Sở Y tế (registry), the 2025 annual press-work report asked of the 39 agencies with its deadline
 * passed, so the due-notice job marks them overdue and notification-service mails the mail sink (reporting), and a false
 * report about Sở Y tế whose rebuttal was approved by the spokesperson and sent, now awaiting the outlet's correction
 * (press-response), and three press inquiries that show the inquiry clock: one answered on time by Sở Y tế's
 * spokesperson, one to Sở Nội vụ received eight working days ago and unanswered (the deadline scan marks it OVERDUE within a
 * minute of the start), and one refused because the matter is under investigation; a press conference and a press release
 * on the public statement feed, an incident answered within 24 hours and one not. Every creating POST carries a
 * deterministic Idempotency-Key, so a retried load replays.
 */
final class DemoWorkflows {

    static final String SPOKESPERSON_EMAIL = "nguyenthithuha@kiengiang.gov.vn";
    private static final String HEALTH_CODE = "KG-13"; // Sở Y tế in the appendix of report 284/BC-STTTT
    private static final String HOME_AFFAIRS_CODE = "KG-02"; // Sở Nội vụ
    private static final Duration REPLICATION = Duration.ofSeconds(60);

    private final DemoHttp http;
    private final Consumer<String> progress;

    DemoWorkflows(HttpClient http, Consumer<String> progress) {
        this.http = new DemoHttp(http);
        this.progress = progress;
    }

    /** {@code agencies}: code to id of the demo agencies in registry. */
    void load(Map<String, String> agencies, URI registry, URI reporting, URI press) throws IOException, InterruptedException {
        String root = agencies.get(DemoAgencies.ROOT.code());
        String health = agencies.get(HEALTH_CODE);
        if (root == null || health == null) {
            throw new IllegalStateException("the demo agencies " + DemoAgencies.ROOT.code() + " and " + HEALTH_CODE + " are missing");
        }
        String admin = DevTokens.forRole("press-admin");
        appointSpokesperson(registry, admin, health);
        int targets = requestAnnualReport(reporting, admin, root);
        progress.accept("Demo data: report request 1005/STTTT-TTBCXB (annual 2025) asks " + targets
                + " agencies; its deadline has passed, so they turn overdue and the mail sink receives the notices");
        String state = falseInformationCase(press, health);
        progress.accept("Demo data: a false report about Sở Y tế, rebuttal approved by " + SPOKESPERSON_EMAIL + " and sent; case " + state);
        pressInquiries(press, health, agencies.get(HOME_AFFAIRS_CODE));
        progress.accept("Demo data: three press inquiries: answered on time (Sở Y tế), overdue (Sở Nội vụ), refused: matter under "
                + "investigation (Sở Y tế)");
        statementsAndIncidents(press, health);
        progress.accept("Demo data: a press conference and a press release of Sở Y tế on the public feed "
                + "(/api/v1/public/statements), an incident answered within 24 hours and one not (InitialStatementOverdue within a "
                + "minute); the province held no press briefing last month, so the duty check reports a missed monthly duty");
    }

    /** A press conference and a press release (public), and two incidents led by Sở Y tế: one answered in time, one not. */
    private void statementsAndIncidents(URI press, String health) throws IOException, InterruptedException {
        String officer = DevTokens.agencyOfficer(UUID.fromString(health));
        String monitor = DevTokens.forRole("press-monitor");
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        statement(press, officer, health, "pressinfo-demo-statement-1", "PRESS_CONFERENCE", "Họp báo về công tác phòng, chống sốt xuất huyết",
                "Sở Y tế thông tin tình hình sốt xuất huyết trên địa bàn tỉnh và các biện pháp phòng, chống trong mùa mưa.",
                now.minus(Duration.ofDays(3)), null, List.of("Báo Kiên Giang", "Đài Phát thanh và Truyền hình Kiên Giang"));
        statement(press, officer, health, "pressinfo-demo-statement-2", "WRITTEN_ANSWER", "Thông cáo báo chí về kết quả tiêm chủng mở rộng năm 2026",
                "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi trên địa bàn tỉnh đạt 96%.", now.minus(Duration.ofDays(1)), null, List.of());
        Map<String, Object> answered = incidentBody(health, "Ngộ độc thực phẩm tại bếp ăn tập thể Công ty Thủy sản Rạch Giá",
                now.minus(Duration.ofHours(30)));
        String first = http.send("POST", press.resolve("/api/v1/incidents"), monitor, answered, "pressinfo-demo-incident-1", Set.of(201))
                .path("id").asText();
        statement(press, officer, health, "pressinfo-demo-statement-3", "INTERVIEW", "Thông tin ban đầu về vụ ngộ độc thực phẩm",
                "Sở Y tế đã điều trị cho 42 công nhân, không có trường hợp nguy kịch; mẫu thực phẩm đã được gửi kiểm nghiệm.",
                now.minus(Duration.ofHours(20)), first, List.of("Báo Kiên Giang"));
        http.send("POST", press.resolve("/api/v1/incidents"), monitor, incidentBody(health,
                "Cháy kho vật tư y tế tại Trung tâm Kiểm soát bệnh tật tỉnh", now.minus(Duration.ofHours(36))),
                "pressinfo-demo-incident-2", Set.of(201));
    }

    private void statement(URI press, String token, String agencyId, String key, String form, String title, String content,
            java.time.Instant issuedAt, String incidentId, List<String> pressAgencies) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyId", agencyId);
        body.put("form", form);
        body.put("title", title);
        body.put("content", content);
        body.put("spokespersonEmail", SPOKESPERSON_EMAIL);
        body.put("issuedAt", issuedAt.toString());
        body.put("pressAgencies", pressAgencies);
        if (incidentId != null) {
            body.put("incidentId", incidentId);
        }
        body.put("public", true);
        http.send("POST", press.resolve("/api/v1/statements"), token, body, key, Set.of(201));
    }

    private static Map<String, Object> incidentBody(String lead, String summary, java.time.Instant knownAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", summary);
        body.put("severity", "SERIOUS");
        body.put("occurredAt", knownAt.minus(Duration.ofHours(1)).toString());
        body.put("knownAt", knownAt.toString());
        body.put("leadAgencyId", lead);
        body.put("coordinatingAgencyIds", List.of());
        return body;
    }

    /** The three demo inquiries (answered on time, overdue, refused); the spokesperson is known to press-response by now. */
    private void pressInquiries(URI press, String health, String homeAffairs) throws IOException, InterruptedException {
        String officer = DevTokens.agencyOfficer(UUID.fromString(health));
        String monitor = DevTokens.forRole("press-monitor");
        java.time.Instant now = java.time.Instant.now();
        String answered = inquiry(press, monitor, health, "pressinfo-demo-inquiry-1", "Báo Kiên Giang", "Lê Minh Tâm", "HN-12345", null,
                "Tiến độ xây dựng Bệnh viện Đa khoa tỉnh", List.of("Dự án đã hoàn thành bao nhiêu phần trăm khối lượng?",
                        "Khi nào bệnh viện được đưa vào sử dụng?"), now.minus(Duration.ofDays(1)));
        String base = "/api/v1/press-inquiries/" + answered;
        http.send("POST", press.resolve(base + "/assignment"), officer, Map.of("spokespersonEmail", SPOKESPERSON_EMAIL), null, Set.of(200));
        http.send("POST", press.resolve(base + "/answer"), officer, Map.of("form", "WRITTEN_ANSWER", "spokespersonEmail", SPOKESPERSON_EMAIL,
                "answer", "Dự án đã hoàn thành 85% khối lượng; bệnh viện dự kiến đưa vào sử dụng trong quý II năm 2027."), null, Set.of(200));
        inquiry(press, monitor, homeAffairs, "pressinfo-demo-inquiry-2", "Đài Phát thanh và Truyền hình Kiên Giang", "Nguyễn Thị Mai", null,
                "Giấy giới thiệu số 45/GGT-PTTH", "Kết quả sắp xếp đơn vị hành chính cấp xã năm 2025",
                List.of("Sau sắp xếp, tỉnh còn bao nhiêu xã, phường?"), now.minus(Duration.ofDays(12)));
        String refused = inquiry(press, monitor, health, "pressinfo-demo-inquiry-3", "Báo Tuổi Trẻ", "Trần Thu Trang", null,
                "Giấy giới thiệu số 112/GGT-TTO", "Vụ ngộ độc thực phẩm tại Trường Tiểu học Vĩnh Thanh",
                List.of("Nguyên nhân vụ ngộ độc là gì?", "Cơ sở cung cấp suất ăn đã bị xử lý thế nào?"), now.minus(Duration.ofDays(2)));
        base = "/api/v1/press-inquiries/" + refused;
        http.send("POST", press.resolve(base + "/assignment"), officer, Map.of("spokespersonEmail", SPOKESPERSON_EMAIL), null, Set.of(200));
        http.send("POST", press.resolve(base + "/refusal"), officer, Map.of("grounds", List.of("UNDER_INVESTIGATION"),
                "spokespersonEmail", SPOKESPERSON_EMAIL,
                "reason", "Vụ việc đang được Công an tỉnh điều tra; Sở Y tế sẽ cung cấp thông tin khi có kết luận."), null, Set.of(200));
    }

    private String inquiry(URI press, String token, String agencyId, String key, String outlet, String journalist, String card,
            String letter, String subject, List<String> questions, java.time.Instant receivedAt) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyId", agencyId);
        body.put("outletName", outlet);
        body.put("journalistName", journalist);
        if (card != null) {
            body.put("pressCardNumber", card);
        }
        if (letter != null) {
            body.put("introductionLetter", letter);
        }
        body.put("channel", card != null ? "EMAIL" : "OFFICIAL_LETTER");
        body.put("subject", subject);
        body.put("questions", questions);
        body.put("receivedAt", receivedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        return http.send("POST", press.resolve("/api/v1/press-inquiries"), token, body, key, Set.of(201)).path("id").asText();
    }

    private void appointSpokesperson(URI registry, String admin, String health) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", "Nguyễn Thị Thu Hà");
        body.put("title", "Phó Giám đốc Sở Y tế");
        body.put("phone", "0297 3862 000");
        body.put("email", SPOKESPERSON_EMAIL);
        body.put("kind", "APPOINTED");
        body.put("document", Map.of("number", "125/QĐ-UBND", "date", "2025-02-25", "signer", "Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang"));
        body.put("validFrom", "2025-03-01");
        http.send("POST", registry.resolve("/api/v1/agencies/" + health + "/spokespersons"), admin, body, "pressinfo-demo-spokesperson-KG-13",
                Set.of(201));
    }

    private int requestAnnualReport(URI reporting, String admin, String root) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", "1005/STTTT-TTBCXB");
        body.put("issuedOn", "2025-11-20");
        body.put("subject", "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí năm 2025");
        body.put("regimeCode", "PRESS_WORK_ANNUAL");
        body.put("period", "2025");
        body.put("targets", Map.of("parentId", root));
        JsonNode created = http.send("POST", reporting.resolve("/api/v1/report-requests"), admin, body, "pressinfo-demo-request-2025",
                Set.of(201));
        return created.path("assignmentCount").asInt();
    }

    /** Register, assign, verify, verdict FALSE, draft, approval by the spokesperson, dispatch; returns the case's state. */
    private String falseInformationCase(URI press, String health) throws IOException, InterruptedException {
        String monitor = DevTokens.forRole("press-monitor");
        String officer = DevTokens.agencyOfficer(UUID.fromString(health));
        String spokesperson = DevTokens.token(SPOKESPERSON_EMAIL, List.of("agency-officer"), UUID.fromString(health), Duration.ofMinutes(30));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("outletName", "Trang tin điện tử Tin Nhanh Miền Tây");
        item.put("medium", "ONLINE");
        item.put("url", "https://tinnhanhmientay.example.vn/o-dich-la-tai-rach-gia.html");
        item.put("title", "Phát hiện ổ dịch lạ khiến nhiều người tử vong tại Rạch Giá");
        item.put("publishedAt", "2026-11-18T23:10:00Z");
        item.put("excerpt", "Bài viết cho rằng đã có hàng chục ca tử vong do một loại dịch lạ tại thành phố Rạch Giá.");
        item.put("concernedAgencyId", health);
        item.put("topic", "HEALTH");
        item.put("sensitivity", "HOT");
        item.put("source", "MONITORING");
        String id = http.send("POST", press.resolve("/api/v1/press-items"), monitor, item, "pressinfo-demo-press-item-1", Set.of(201))
                .path("id").asText();
        String base = "/api/v1/press-items/" + id;
        http.send("POST", press.resolve(base + "/assignment"), monitor, Map.of(), null, Set.of(200));
        http.send("POST", press.resolve(base + "/verification"), monitor, Map.of("note", "Đề nghị Sở Y tế xác minh"), null, Set.of(200));
        http.send("POST", press.resolve(base + "/verdict"), monitor, Map.of("verdict", "FALSE",
                "reasoning", "Sở Y tế xác nhận không có ổ dịch lạ và không có ca tử vong nào liên quan.",
                "evidenceLinks", List.of("https://soyte.kiengiang.gov.vn/thong-bao-ve-thong-tin-sai-su-that")), null, Set.of(200));
        http.send("POST", press.resolve(base + "/rebuttal"), officer, Map.of(
                "content", "Sở Y tế tỉnh Kiên Giang đề nghị Trang tin điện tử Tin Nhanh Miền Tây cải chính bài viết.",
                "correctInformation", "Trên địa bàn thành phố Rạch Giá không có ổ dịch lạ và không có ca tử vong nào liên quan."), null,
                Set.of(200));
        onceReplicated(press.resolve(base + "/rebuttal/approval"), spokesperson, Map.of("note", "Đồng ý gửi"), 403);
        onceReplicated(press.resolve(base + "/rebuttal/dispatch"), officer, Map.of("channel", "EMAIL"), 409);
        return http.send("GET", press.resolve(base), monitor, null, null, Set.of(200)).path("state").asText();
    }

    /**
     * The appointment (for the approval) and the department role (for the dispatch's copy) reach press-response through
     * Kafka; until then it answers {@code transientStatus} (403, 409).
     */
    private void onceReplicated(URI url, String token, Object body, int transientStatus) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + REPLICATION.toNanos();
        while (true) {
            HttpResponse<String> response = http.exchange("POST", url, token, body, null);
            if (response.statusCode() == 200) {
                return;
            }
            if (response.statusCode() != transientStatus || System.nanoTime() > deadline) {
                throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(300);
        }
    }
}
