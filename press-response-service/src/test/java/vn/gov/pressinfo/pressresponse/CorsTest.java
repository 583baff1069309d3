package vn.gov.pressinfo.pressresponse;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.CorsContract;

@QuarkusTest
class CorsTest extends CorsContract {

    @Override
    protected String publicPath() {
        return "/api/v1/public/statements";
    }

    @Override
    protected String apiPath() {
        return "/api/v1/press-items/3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d";
    }
}
