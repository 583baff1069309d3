package vn.gov.pressinfo.pressresponse.presscase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.pressinfo.pressresponse.Fixtures.admin;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.as;
import static vn.gov.pressinfo.pressresponse.Fixtures.events;
import static vn.gov.pressinfo.pressresponse.Fixtures.item;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.monitor;
import static vn.gov.pressinfo.pressresponse.Fixtures.officerOf;
import static vn.gov.pressinfo.pressresponse.Fixtures.register;
import static vn.gov.pressinfo.pressresponse.Fixtures.uniqueUrl;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.pressresponse.MutableClock;

@QuarkusTest
class PressCaseResourceTest {

    private static final String ITEMS = "/api/v1/press-items";

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registersAnItemWithTheConcernedAgencyResponsibleAndPublishesPressItemDetected() {
        String agencyId = agency("Sở Y tế " + marker());
        // Thursday 12 Feb 2026: five working days skip the weekend and Tết (14-22 Feb) → Thursday 26 Feb.
        Fixtures.calendar2026();
        clock.set(LocalDate.of(2026, 2, 12), LocalTime.of(9, 0));
        String url = uniqueUrl();
        String id = monitor().body(item(agencyId, url + "?utm_source=facebook#top")).post(ITEMS).then().statusCode(201)
                .header("Location", containsString("/api/v1/press-items/"))
                .body("state", equalTo("DETECTED"))
                .body("responsibleAgencyId", equalTo(agencyId))
                .body("normalizedUrl", equalTo(url))
                .body("verificationDueDate", equalTo("2026-02-26"))
                .body("allowedNextStates", hasItems("ASSIGNED", "CLOSED"))
                .extract().path("id");
        admin().get(ITEMS + "/" + id + "/transitions").then().statusCode(200)
                .body("[0].action", equalTo("REGISTERED")).body("[0].toState", equalTo("DETECTED"))
                .body("[0].actor", equalTo("press-monitor-user"));

        var records = events(id, "PressItemDetected", 1, Fixtures.WAIT);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value()).contains("\"verificationDueDate\":\"2026-02-26\"").contains("\"medium\":\"ONLINE\"")
                .contains("\"concernedAgencyId\":\"" + agencyId + "\"");
    }

    @Test
    void theSameNormalisedUrlTwiceIsAConflictNamingTheExistingCase() {
        String agencyId = agency("Sở Công Thương " + marker());
        String slug = UUID.randomUUID().toString();
        String id = register(item(agencyId, "https://BaoABC.vn/tin/" + slug + "/?utm_campaign=x&page=2"));
        monitor().body(item(agencyId, "HTTPS://baoabc.VN/tin/" + slug + "?page=2&utm_medium=social#comments")).post(ITEMS)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(id));
        // Another query parameter is another item.
        register(item(agencyId, "https://baoabc.vn/tin/" + slug + "?page=3"));
    }

    @Test
    void badInputIsAProblemNamingTheFields() {
        String agencyId = agency("Sở Tư pháp " + marker());
        var body = item(agencyId, "not a url");
        body.remove("title");
        body.put("medium", "CARRIER_PIGEON");
        monitor().body(body).post(ITEMS).then().statusCode(400).contentType("application/problem+json");
        var noTitle = item(agencyId, "ftp://example.com/x");
        noTitle.remove("title");
        monitor().body(noTitle).post(ITEMS).then().statusCode(400).body("errors.field", hasItems("title", "url"));
        monitor().body(item(UUID.randomUUID().toString(), uniqueUrl())).post(ITEMS).then().statusCode(422)
                .body("errors[0].field", equalTo("concernedAgencyId"));
        monitor().body("{\"title\": ").post(ITEMS).then().statusCode(400).contentType("application/problem+json");
        monitor().get(ITEMS + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        monitor().get(ITEMS + "/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        monitor().queryParam("state", "SLEEPING").get(ITEMS).then().statusCode(400);
        monitor().queryParam("size", 1000).get(ITEMS).then().statusCode(400);
        String id = register(item(agencyId, uniqueUrl()));
        monitor().body(Map.of("verdict", "MAYBE", "reasoning", "x")).post(ITEMS + "/" + id + "/verdict").then().statusCode(400);
        monitor().body(Map.of("verdict", "FALSE")).post(ITEMS + "/" + id + "/verdict").then().statusCode(400)
                .body("errors[0].field", containsString("reasoning"));
    }

    @Test
    void anIllegalTransitionIsAConflictNamingTheCurrentStateAndTheAllowedOnes() {
        String agencyId = agency("Sở Xây dựng " + marker());
        String id = register(item(agencyId, uniqueUrl()));
        monitor().body(Map.of("verdict", "FALSE", "reasoning", "Sai")).post(ITEMS + "/" + id + "/verdict").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("is DETECTED")).body("detail", containsString("ASSIGNED"))
                .body("detail", containsString("CLOSED"));
        admin().body(Map.of("content", "x", "correctInformation", "y")).post(ITEMS + "/" + id + "/rebuttal").then().statusCode(409);
        admin().body(Map.of("outcome", "CORRECTED")).post(ITEMS + "/" + id + "/closure").then().statusCode(422)
                .body("errors[0].field", equalTo("outcome"));
        admin().body(Map.of("outcome", "WITHDRAWN", "note", "Trùng lặp")).post(ITEMS + "/" + id + "/closure").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("outcome", equalTo("WITHDRAWN"));
        admin().body(Map.of()).post(ITEMS + "/" + id + "/assignment").then().statusCode(409)
                .body("detail", containsString("CLOSED"));
        assertThat(events(id, "CaseClosed", 1, Fixtures.WAIT)).hasSize(1);
    }

    @Test
    void assignmentDefaultsToTheConcernedAgencyAndReassignmentIsRecorded() {
        String first = agency("UBND huyện Phú Quốc " + marker());
        String second = agency("Sở Du lịch " + marker());
        String id = register(item(first, uniqueUrl()));
        monitor().body(Map.of("note", "Giao xác minh")).post(ITEMS + "/" + id + "/assignment").then().statusCode(200)
                .body("state", equalTo("ASSIGNED")).body("responsibleAgencyId", equalTo(first));
        officerOf(first).body(Map.of("agencyId", second, "note", "Thuộc lĩnh vực du lịch")).post(ITEMS + "/" + id + "/assignment")
                .then().statusCode(200).body("state", equalTo("ASSIGNED")).body("responsibleAgencyId", equalTo(second));
        // The first agency's officer no longer reaches the case; the second's does.
        officerOf(first).get(ITEMS + "/" + id).then().statusCode(403).contentType("application/problem+json");
        officerOf(second).get(ITEMS + "/" + id).then().statusCode(200);
        monitor().body(Map.of("agencyId", UUID.randomUUID().toString())).post(ITEMS + "/" + id + "/assignment").then().statusCode(422);
        admin().get(ITEMS + "/" + id + "/transitions").then().statusCode(200)
                .body("action", hasItems("REGISTERED", "ASSIGNED", "REASSIGNED"))
                .body("[2].note", startsWith("Cơ quan chịu trách nhiệm:"));
    }

    @Test
    void agencyOfficersActOnTheirOwnCasesOnlyAndSeeOnlyThoseInLists() {
        String mine = agency("Sở Giáo dục " + marker());
        String other = agency("Sở Nội vụ " + marker());
        String myCase = register(item(mine, uniqueUrl()));
        String otherCase = register(item(other, uniqueUrl()));
        officerOf(mine).body(Map.of()).post(ITEMS + "/" + otherCase + "/assignment").then().statusCode(403)
                .contentType("application/problem+json");
        officerOf(mine).get(ITEMS + "/" + otherCase).then().statusCode(403);
        officerOf(mine).get(ITEMS + "/" + otherCase + "/transitions").then().statusCode(403);
        officerOf(mine).body(item(other, uniqueUrl())).post(ITEMS).then().statusCode(403);
        officerOf(mine).body(Map.of()).post(ITEMS + "/" + myCase + "/assignment").then().statusCode(200);
        officerOf(mine).get(ITEMS).then().statusCode(200).body("items.responsibleAgencyId", org.hamcrest.Matchers.everyItem(equalTo(mine)))
                .body("items.id", hasItems(myCase));
        officerOf(mine).queryParam("agencyId", other).get(ITEMS).then().statusCode(403);
        // The auditor reads but does not act; anonymous callers get nothing.
        as("auditor").get(ITEMS + "/" + otherCase).then().statusCode(200);
        as("auditor").body(item(mine, uniqueUrl())).post(ITEMS).then().statusCode(403);
        as("auditor").body(Map.of()).post(ITEMS + "/" + otherCase + "/assignment").then().statusCode(403);
        given().get(ITEMS).then().statusCode(401).contentType("application/problem+json");
        given().get(ITEMS + "/" + myCase).then().statusCode(401);
    }

    @Test
    void listsAreFilteredPagedAndSearchedIgnoringAccents() {
        String agencyId = agency("Sở Tài nguyên và Môi trường " + marker());
        String tag = marker();
        var a = item(agencyId, uniqueUrl());
        a.put("title", "Cá chết hàng loạt ở sông Cái Lớn " + tag);
        a.put("medium", "PRINT");
        var b = item(agencyId, uniqueUrl());
        b.put("title", "Ô nhiễm không khí " + tag);
        b.put("outletName", "Đài Phát thanh Kiên Giang");
        b.put("medium", "RADIO");
        String first = register(a);
        String second = register(b);
        admin().queryParam("agencyId", agencyId).get(ITEMS).then().statusCode(200).body("total", equalTo(2))
                .body("items[0].id", equalTo(second)).body("items[1].id", equalTo(first));
        admin().queryParam("q", "ca chet hang loat").queryParam("agencyId", agencyId).get(ITEMS).then().body("total", equalTo(1)).body("items[0].id", equalTo(first));
        admin().queryParam("q", "dai phat thanh").queryParam("agencyId", agencyId).get(ITEMS).then().body("total", equalTo(1))
                .body("items[0].id", equalTo(second));
        admin().queryParam("agencyId", agencyId).queryParam("medium", "PRINT").get(ITEMS).then().body("total", equalTo(1));
        admin().queryParam("agencyId", agencyId).queryParam("state", "DETECTED").queryParam("size", 1).get(ITEMS).then()
                .statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1)).header("Link", containsString("rel=\"next\""));
        // Every link keeps the other parameters as sent (Vietnamese text percent-encoded) and ends with its page and size.
        String link = admin().queryParam("q", "Đài phát thanh").queryParam("agencyId", agencyId).queryParam("page", 0)
                .queryParam("size", 1).get(ITEMS).then().statusCode(200).body("total", equalTo(1)).extract().header("Link");
        String base = "?q=%C4%90%C3%A0i%20ph%C3%A1t%20thanh&agencyId=" + agencyId + "&page=";
        assertThat(link).matches("<http://[^>]+/api/v1/press-items\\Q" + base + "0&size=1>; rel=\"first\", <\\E[^>]+\\Q" + base
                + "0&size=1>; rel=\"last\"\\E");
        admin().queryParam("agencyId", agencyId).queryParam("state", "FLAGGED").get(ITEMS).then().body("total", equalTo(0));
    }

    @Test
    void aListedCaseReadsExactlyAsTheCaseReadAlone() {
        String agencyId = agency("Sở Y tế " + marker());
        String id = Fixtures.verdict(agencyId, "FALSE");

        Map<String, Object> alone = admin().get(ITEMS + "/" + id).then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> listed = admin().queryParam("agencyId", agencyId).get(ITEMS).then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getMap("items[0]");

        assertThat(listed).isEqualTo(alone);
        assertThat(listed).containsEntry("verdictLabel", "Tin giả / sai sự thật").containsKeys("evidenceLinks", "verdictAt", "responseDueDate");
    }

    @Test
    void listPagesAndTotalsFollowEveryChangeOfTheCases() {
        String agencyId = agency("Sở Công Thương " + marker());
        String first = register(item(agencyId, uniqueUrl()));
        register(item(agencyId, uniqueUrl()));
        register(item(agencyId, uniqueUrl()));
        // Full pages: the total is counted in the statement that reads the page.
        for (int i = 0; i < 2; i++) {
            admin().queryParam("agencyId", agencyId).queryParam("size", 2).get(ITEMS).then().statusCode(200).body("total", equalTo(3))
                    .header("X-Total-Count", "3");
        }

        // The same URL shows the new case first, then a changed state.
        String whole = "items.find { it.id == '" + first + "' }.state";
        admin().queryParam("agencyId", agencyId).queryParam("size", 10).get(ITEMS).then().body(whole, equalTo("DETECTED"));
        String fourth = register(item(agencyId, uniqueUrl()));
        admin().queryParam("agencyId", agencyId).queryParam("size", 2).get(ITEMS).then().body("total", equalTo(4))
                .body("items[0].id", equalTo(fourth));
        admin().queryParam("agencyId", agencyId).queryParam("state", "DETECTED").queryParam("size", 2).get(ITEMS).then()
                .body("total", equalTo(4));

        monitor().body(Map.of()).post(ITEMS + "/" + first + "/assignment").then().statusCode(200);
        admin().queryParam("agencyId", agencyId).queryParam("size", 10).get(ITEMS).then().body(whole, equalTo("ASSIGNED"))
                .body("items.find { it.id == '" + first + "' }.allowedNextStates", not(empty()));
        admin().queryParam("agencyId", agencyId).queryParam("state", "DETECTED").queryParam("size", 2).get(ITEMS).then()
                .body("total", equalTo(3)).header("Link", containsString("page=1&size=2>; rel=\"last\""));
        admin().queryParam("agencyId", agencyId).queryParam("state", "ASSIGNED").queryParam("size", 2).get(ITEMS).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(first));
        // A page past the end still names the real total.
        admin().queryParam("agencyId", agencyId).queryParam("size", 2).queryParam("page", 5).get(ITEMS).then().statusCode(200)
                .body("total", equalTo(4)).body("items.size()", equalTo(0));
    }

    @Test
    void deepPagesReadFromWhereTheirNeighboursEndedAreTheSamePages() {
        String agencyId = agency("Sở Tư pháp " + marker());
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, register(item(agencyId, uniqueUrl())));
        }
        // Pages by number, in any order, are the slices of the list.
        admin().queryParam("agencyId", agencyId).queryParam("size", 2).get(ITEMS).then().statusCode(200)
                .body("items.id", equalTo(newestFirst.subList(0, 2)));
        admin().queryParam("agencyId", agencyId).queryParam("size", 2).queryParam("page", 2).get(ITEMS).then().statusCode(200)
                .body("items.id", equalTo(newestFirst.subList(4, 5))).body("total", equalTo(5));
        admin().queryParam("agencyId", agencyId).queryParam("size", 2).queryParam("page", 1).get(ITEMS).then().statusCode(200)
                .body("items.id", equalTo(newestFirst.subList(2, 4))).body("total", equalTo(5));
        // A new newest case shifts every page by one.
        newestFirst.add(0, register(item(agencyId, uniqueUrl())));
        admin().queryParam("agencyId", agencyId).queryParam("size", 2).queryParam("page", 2).get(ITEMS).then().statusCode(200)
                .body("items.id", equalTo(newestFirst.subList(4, 6))).body("total", equalTo(6));
        admin().queryParam("agencyId", agencyId).queryParam("size", 2).queryParam("page", 1).get(ITEMS).then().statusCode(200)
                .body("items.id", equalTo(newestFirst.subList(2, 4)));
    }

    @Test
    void listsReadOnWithCursorsFromAnyPage() {
        String agencyId = agency("Sở Nội vụ " + marker());
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, register(item(agencyId, uniqueUrl())));
        }
        admin().queryParam("agencyId", agencyId).queryParam("size", 10).get(ITEMS).then().statusCode(200)
                .body("items.id", equalTo(newestFirst)).body("next", nullValue());

        // page 1 by number, then on with the cursor each page hands out, to the end
        var second = admin().queryParam("agencyId", agencyId).queryParam("size", 2).queryParam("page", 1).get(ITEMS)
                .then().statusCode(200).body("total", equalTo(5)).body("next", notNullValue()).extract();
        List<String> read = new ArrayList<>(second.jsonPath().getList("items.id"));
        String next = second.jsonPath().getString("next");
        for (int guard = 0; next != null && guard < 10; guard++) {
            var page = admin().queryParam("agencyId", agencyId).queryParam("size", 2).queryParam("after", next).get(ITEMS)
                    .then().statusCode(200).body("total", equalTo(5)).extract();
            read.addAll(page.jsonPath().getList("items.id"));
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertThat(page.header("Link")).contains("after=" + next).contains("rel=\"next\"");
            }
        }
        assertThat(read).containsExactlyElementsOf(newestFirst.subList(2, 5));

        // a cursor stays valid when newer cases arrive: reading on continues where the page ended
        String cursor = admin().queryParam("agencyId", agencyId).queryParam("state", "DETECTED").queryParam("size", 3).get(ITEMS)
                .then().statusCode(200).extract().path("next");
        register(item(agencyId, uniqueUrl()));
        admin().queryParam("agencyId", agencyId).queryParam("state", "DETECTED").queryParam("size", 3).queryParam("after", cursor)
                .get(ITEMS).then().statusCode(200).body("items.id", equalTo(newestFirst.subList(3, 5))).body("total", equalTo(6))
                .body("next", nullValue());
        officerOf(agencyId).queryParam("size", 4).queryParam("after", cursor).get(ITEMS).then().statusCode(200)
                .body("items.id", equalTo(newestFirst.subList(3, 5)));

        for (String after : List.of("bm90LWEtY3Vyc29y", "x", "%%%")) {
            admin().queryParam("after", after).get(ITEMS).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItems("after"));
        }
    }

    @Test
    void anAccurateItemIsRemediedThenClosed() {
        String agencyId = agency("Sở Giao thông vận tải " + marker());
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        String id = Fixtures.verdict(agencyId, "ACCURATE");
        admin().get(ITEMS + "/" + id).then().body("state", equalTo("REMEDYING")).body("verdictLabel", equalTo("Thông tin chính xác"))
                // 20 working days from Monday 2 March 2026: 30 March.
                .body("remedyDueDate", equalTo("2026-03-30"));
        officerOf(agencyId).body(Map.of("report", "Đã sửa chữa đoạn đường bị sạt lở.")).post(ITEMS + "/" + id + "/remedy").then()
                .statusCode(200).body("state", equalTo("REMEDIED"));
        officerOf(agencyId).body(Map.of("outcome", "REMEDIED")).post(ITEMS + "/" + id + "/closure").then().statusCode(200)
                .body("state", equalTo("CLOSED"));
        assertThat(events(id, "FalseInfoFlagged", 1, Duration.ofSeconds(2))).isEmpty();
    }
}
