package vn.gov.pressinfo.web.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A caller that hung up is not a server error: no 500, no ERROR line (the load clients of bench/suite do it at the end). */
@QuarkusTest
class UnexpectedExceptionMapperTest {

    @Test
    void aClosedChannelUnderTheResponseWriterIsTheClientGoneNotABug() {
        assertEquals(400, UnexpectedExceptionMapper.serverError(new IOException(new ClosedChannelException()), null).getStatus());
    }

    @Test
    void anythingElseIsStillA500() {
        assertEquals(500, UnexpectedExceptionMapper.serverError(new IOException("disk full"), null).getStatus());
    }
}
