package vn.gov.pressinfo.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.RateLimitHeadersContract;

@QuarkusTest
class RateLimitHeadersTest extends RateLimitHeadersContract {
}
