package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.pressinfo.testing.DevTokens;

/**
 * The 2025 reorganisation of the demo province, recorded through registry-service's API as the department would, with
 * its legal basis (DOMAIN §7):
 * <ol>
 * <li>{@link #prepare}: the press management department role (Sở Thông tin và Truyền thông from 2020, Sở Văn hóa, Thể
 * thao và Du lịch from 2025-03-01, a new agency), the An Giang province of before 2025-07-01, and open work on agencies
 * that the reorganisation ends: an inquiry to Sở Thông tin và Truyền thông received before its merger and a press case
 * about the Rạch Giá city committee;</li>
 * <li>{@link #apply}, after the demo's other work: Sở Văn hóa và Thể thao, Sở Du lịch and Sở Thông tin và Truyền thông
 * merge into Sở Văn hóa, Thể thao và Du lịch (2025-03-01); Kiên Giang and An Giang merge into the new An Giang province
 * (Resolution 202/2025/QH15, 2025-07-01), one request that moves Kiên Giang's 40 agencies under it; the 15 district and
 * city committees are dissolved without successor (Law 72/2025/QH15, district level ended on 2025-07-01), so their open
 * work goes back to the department.</li>
 * </ol>
 * The other services follow by themselves, from the events; {@link #apply} waits until they have.
 */
final class DemoReorganisation {

    static final String CULTURE_CODE = "KG-11"; // Sở Văn hóa và Thể thao
    static final String ICT_CODE = "KG-12"; // Sở Thông tin và Truyền thông
    static final String TOURISM_CODE = "KG-15"; // Sở Du lịch
    static final String RACH_GIA_CODE = "KG-25"; // UBND thành phố Rạch Giá
    static final String VHTTDL_CODE = "KG-VHTTDL";
    static final String OLD_AN_GIANG_CODE = "AG";
    static final String NEW_AN_GIANG_CODE = "AG-2025";
    /** Agencies {@link #prepare} adds to the demo set: Sở Văn hóa, Thể thao và Du lịch and the old An Giang province. */
    static final int AGENCIES_ADDED = 2;
    private static final String ROLE = "/api/v1/agency-roles/PRESS_MANAGEMENT_DEPARTMENT";
    private static final String NOTE = "Dữ liệu mẫu: sắp xếp tổ chức bộ máy năm 2025 của tỉnh Kiên Giang";
    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private final DemoHttp http;
    private final Consumer<String> progress;
    private final String admin = DevTokens.forRole("press-admin");
    private String inquiryId;
    private String caseId;

    DemoReorganisation(HttpClient client, Consumer<String> progress) {
        this.http = new DemoHttp(client);
        this.progress = progress;
    }

    /** Roles, the new department and the old An Giang province, then open work on agencies that will end. */
    void prepare(Map<String, String> agencies, URI registry, URI press) throws IOException, InterruptedException {
        String root = agencies.get(DemoAgencies.ROOT.code());
        String vhttdl = agency(registry, VHTTDL_CODE, "Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT", root, "2025-03-01");
        agency(registry, OLD_AN_GIANG_CODE, "Ủy ban nhân dân tỉnh An Giang", "PROVINCE", null, DemoAgencies.VALID_FROM);
        role(registry, agencies.get(ICT_CODE), "2020-01-01", "QĐ-UBND (dữ liệu mẫu)", "2019-12-20", "pressinfo-demo-role-2020");
        role(registry, vhttdl, "2025-03-01", "25/NQ-HĐND", "2025-02-19", "pressinfo-demo-role-2025");
        progress.accept("Demo data: the press management department is Sở Thông tin và Truyền thông until 28/02/2025, "
                + "Sở Văn hóa, Thể thao và Du lịch from 01/03/2025");
        String monitor = DevTokens.forRole("press-monitor");
        Map<String, Object> inquiry = new LinkedHashMap<>();
        inquiry.put("agencyId", agencies.get(ICT_CODE));
        inquiry.put("outletName", "Báo Kiên Giang");
        inquiry.put("journalistName", "Phạm Quốc Việt");
        inquiry.put("introductionLetter", "Giấy giới thiệu số 18/GGT-BKG");
        inquiry.put("channel", "OFFICIAL_LETTER");
        inquiry.put("subject", "Kế hoạch phủ sóng truyền hình số tại các xã đảo");
        inquiry.put("questions", List.of("Bao giờ các xã đảo được phủ sóng truyền hình số mặt đất?"));
        inquiry.put("receivedAt", Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString());
        inquiryId = http.send("POST", press.resolve("/api/v1/press-inquiries"), monitor, inquiry, "pressinfo-demo-inquiry-ict",
                Set.of(201)).path("id").asText();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("outletName", "Trang tin điện tử Tin Nhanh Miền Tây");
        item.put("medium", "ONLINE");
        item.put("url", "https://tinnhanhmientay.example.vn/rach-gia-thu-hoi-dat-lan-bien.html");
        item.put("title", "Rạch Giá thu hồi toàn bộ đất lấn biển của người dân");
        item.put("publishedAt", Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString());
        item.put("excerpt", "Bài viết cho rằng thành phố sẽ thu hồi toàn bộ đất lấn biển mà không bồi thường.");
        item.put("concernedAgencyId", agencies.get(RACH_GIA_CODE));
        item.put("topic", "POLICY_LAW");
        item.put("sensitivity", "HOT");
        item.put("source", "MONITORING");
        caseId = http.send("POST", press.resolve("/api/v1/press-items"), monitor, item, "pressinfo-demo-press-item-rach-gia",
                Set.of(201)).path("id").asText();
    }

    /**
     * The officers of each department term who receive department notices (notification-service sends them to the
     * recipients of the agency holding the role on the event's date); the agencies must have reached it.
     */
    void departmentRecipients(Map<String, String> agencies, URI notification) throws IOException, InterruptedException {
        recipient(notification, agencies.get(ICT_CODE), "phongbaochi@stttt.kiengiang.gov.vn", "Trần Văn Bình");
        recipient(notification, agencies.get(VHTTDL_CODE), "phongbaochi@svhttdl.angiang.gov.vn", "Phạm Thị Lan");
    }

    private void recipient(URI notification, String agencyId, String email, String name) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyId", agencyId);
        body.put("email", email);
        body.put("fullName", name);
        http.send("POST", notification.resolve("/api/v1/department-recipients"), admin, body, "pressinfo-demo-recipient-" + email,
                Set.of(201));
    }

    /** The three 2025 reorganisations; returns the summary line. */
    String apply(Map<String, String> agencies, URI registry, URI reporting, URI press) throws IOException, InterruptedException {
        String vhttdl = agencies.get(VHTTDL_CODE);
        reorganise(registry, "pressinfo-demo-reorg-vhttdl", "MERGE", "2025-03-01",
                Map.of("number", "25/NQ-HĐND", "date", "2025-02-19", "signer", "Hội đồng nhân dân tỉnh Kiên Giang"),
                List.of(agencies.get(CULTURE_CODE), agencies.get(TOURISM_CODE), agencies.get(ICT_CODE)),
                List.of(Map.of("agencyId", vhttdl)));
        long t = System.nanoTime();
        Map<String, Object> newProvince = new LinkedHashMap<>();
        newProvince.put("code", NEW_AN_GIANG_CODE);
        newProvince.put("name", "Ủy ban nhân dân tỉnh An Giang");
        newProvince.put("type", "PROVINCE");
        JsonNode merged = reorganise(registry, "pressinfo-demo-reorg-an-giang", "MERGE", "2025-07-01",
                Map.of("number", "202/2025/QH15", "date", "2025-06-12", "signer", "Quốc hội"),
                List.of(agencies.get(DemoAgencies.ROOT.code()), agencies.get(OLD_AN_GIANG_CODE)), List.of(newProvince));
        double provinceSeconds = (System.nanoTime() - t) / 1e9;
        int dissolved = 0;
        for (DemoAgencies.Agency district : DemoAgencies.children()) {
            if ("DISTRICT".equals(district.type())) {
                reorganise(registry, "pressinfo-demo-reorg-" + district.code(), "DISSOLVE", "2025-07-01",
                        Map.of("number", "72/2025/QH15", "date", "2025-06-16", "signer", "Quốc hội"),
                        List.of(agencies.get(district.code())), List.of());
                dissolved++;
            }
        }
        awaitFollowed(press, reporting, vhttdl);
        return String.format(Locale.ROOT, "Demo data: the 2025 reorganisation recorded through the API: Sở Văn hóa và Thể thao, Sở Du lịch "
                + "and Sở Thông tin và Truyền thông merged into Sở Văn hóa, Thể thao và Du lịch (01/03/2025, 25/NQ-HĐND); Kiên Giang "
                + "merged into the new An Giang province (01/07/2025, 202/2025/QH15) in one request moving %d agencies (%.2f s); %d "
                + "district and city committees dissolved (72/2025/QH15): their report assignments are withdrawn, the inquiry to "
                + "Sở Thông tin và Truyền thông now belongs to Sở Văn hóa, Thể thao và Du lịch and the case about Rạch Giá awaits "
                + "reassignment by the department", merged.path("movedChildren").size(), provinceSeconds, dissolved);
    }

    /** Until press-response and reporting have moved the demo's open work (the events travel through Kafka). */
    private void awaitFollowed(URI press, URI reporting, String vhttdl) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        while (true) {
            JsonNode inquiry = http.send("GET", press.resolve("/api/v1/press-inquiries/" + inquiryId), admin, null, null, Set.of(200));
            JsonNode pressCase = http.send("GET", press.resolve("/api/v1/press-items/" + caseId), admin, null, null, Set.of(200));
            JsonNode withdrawn = http.send("GET", reporting.resolve("/api/v1/assignments?state=WITHDRAWN&size=1"), admin, null, null,
                    Set.of(200));
            if (vhttdl.equals(inquiry.path("agencyId").asText()) && pressCase.path("awaitingReassignment").asBoolean()
                    && withdrawn.path("total").asInt() > 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the services did not follow the demo reorganisation within " + PROPAGATION.toSeconds()
                        + " s: inquiry " + inquiry + ", case " + pressCase + ", withdrawn assignments " + withdrawn.path("total"));
            }
            Thread.sleep(300);
        }
    }

    private JsonNode reorganise(URI registry, String key, String kind, String effectiveDate, Map<String, String> basis,
            List<String> predecessors, List<Map<String, Object>> successors) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("effectiveDate", effectiveDate);
        body.put("legalBasis", basis);
        body.put("note", NOTE);
        body.put("predecessorIds", predecessors);
        body.put("successors", new ArrayList<>(successors));
        return http.send("POST", registry.resolve("/api/v1/reorganisations"), admin, body, key, Set.of(201));
    }

    private String agency(URI registry, String code, String name, String type, String parentId, String validFrom)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", type);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        body.put("validFrom", validFrom);
        body.put("note", NOTE);
        return http.send("POST", registry.resolve("/api/v1/agencies"), admin, body, "pressinfo-demo-" + code, Set.of(201))
                .path("id").asText();
    }

    private void role(URI registry, String agencyId, String validFrom, String number, String date, String key)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyId", UUID.fromString(agencyId).toString());
        body.put("validFrom", validFrom);
        body.put("document", Map.of("number", number, "date", date, "signer", "Ủy ban nhân dân tỉnh Kiên Giang"));
        http.send("PUT", registry.resolve(ROLE), admin, body, key, Set.of(200, 201));
    }

}
