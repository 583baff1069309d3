package vn.gov.pressinfo.registry;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.RateLimitHeadersContract;

@QuarkusTest
class RateLimitHeadersTest extends RateLimitHeadersContract {
}
