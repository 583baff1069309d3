package vn.gov.pressinfo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PageResponsesTest {

    @Test
    void theBaseOfTheLinksKeepsTheFiltersAsEncodedAndDropsThePagingParameters() {
        assertEquals("http://127.0.0.1:8081/api/v1/agencies?q=S%E1%BB%9F%20V%C4%83n&status=ACTIVE",
                PageResponses.withoutPaging(URI.create(
                        "http://127.0.0.1:8081/api/v1/agencies?page=2&q=S%E1%BB%9F%20V%C4%83n&size=20&status=ACTIVE&after=abc")));
    }

    @Test
    void anEncodedPagingNameAndEmptyParametersAreDropped() {
        assertEquals("http://h/x?p%25=1&flag", PageResponses.withoutPaging(URI.create("http://h/x?%70age=3&p%25=1&&flag&size")));
    }

    @Test
    void aUriWithoutQueryOrWithOnlyPagingHasNoQuestionMark() {
        assertEquals("http://h/x", PageResponses.withoutPaging(URI.create("http://h/x")));
        assertEquals("http://h/x", PageResponses.withoutPaging(URI.create("http://h/x?page=1&size=5")));
    }
}
