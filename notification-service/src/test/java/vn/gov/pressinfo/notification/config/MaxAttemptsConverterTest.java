package vn.gov.pressinfo.notification.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaxAttemptsConverterTest {

    private final MaxAttemptsConverter converter = new MaxAttemptsConverter();

    @Test
    void readsTheRangeTheApiDocuments() {
        assertEquals(1, converter.convert("1"));
        assertEquals(8, converter.convert(" 8 "));
        assertEquals(100, converter.convert("100"));
    }

    @Test
    void refusesWhatWouldStopRetriesOrOutgrowTheApi() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> converter.convert("0")).getMessage().contains("from 1 to 100"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> converter.convert("101")).getMessage().contains("not 101"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> converter.convert("eight")).getMessage().contains("'eight'"));
    }
}
