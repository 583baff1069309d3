package vn.gov.pressinfo.notification;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.RateLimitHeadersContract;

@QuarkusTest
class RateLimitHeadersTest extends RateLimitHeadersContract {
}
