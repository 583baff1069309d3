package vn.gov.pressinfo.notification;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.CorsContract;

@QuarkusTest
class CorsTest extends CorsContract {

    @Override
    protected String apiPath() {
        return "/api/v1/preferences";
    }
}
