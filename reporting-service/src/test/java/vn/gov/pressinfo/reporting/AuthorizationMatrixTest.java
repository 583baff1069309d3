package vn.gov.pressinfo.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.AuthorizationMatrixContract;

@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {
}
